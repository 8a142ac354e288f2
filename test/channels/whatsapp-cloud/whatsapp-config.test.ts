import { describe, expect, it } from 'vitest';
import { loadEnv, whatsappBaileysEnabled, whatsappCloudEnabled } from '../../../src/config/env.js';

const cloud = { WHATSAPP_CLOUD_TOKEN: 'EAAG-test-token-0123456789', WHATSAPP_CLOUD_PHONE_NUMBER_ID: '1098765432', WHATSAPP_CLOUD_APP_SECRET: 'app-secret-0123456789', WHATSAPP_CLOUD_VERIFY_TOKEN: 'verify-token-0123456789' };

describe('WhatsApp configuration', () => {
  it('keeps both channels off by default', () => {
    const env = loadEnv({});
    expect([whatsappBaileysEnabled(env), whatsappCloudEnabled(env), env.WHATSAPP_BAILEYS_RATE_PER_MINUTE, env.WHATSAPP_CLOUD_API_ROOT]).toEqual([false, false, 20, 'https://graph.facebook.com/v21.0']);
  });

  it('turns the Cloud API on with all four settings and reads the templates', () => {
    const env = loadEnv({ ...cloud, WHATSAPP_CLOUD_TEMPLATES: '{"reminder":{"name":"pengingat_posyandu","language":"id"}}' });
    expect(whatsappCloudEnabled(env)).toBe(true);
    expect(env.WHATSAPP_CLOUD_TEMPLATES).toEqual({ reminder: { name: 'pengingat_posyandu', language: 'id' } });
  });

  it.each([
    [{ WHATSAPP_CLOUD_TOKEN: cloud.WHATSAPP_CLOUD_TOKEN, WHATSAPP_CLOUD_PHONE_NUMBER_ID: '1098765432' }, /needs WHATSAPP_CLOUD_APP_SECRET, WHATSAPP_CLOUD_VERIFY_TOKEN/],
    [{ ...cloud, WHATSAPP_CLOUD_TEMPLATES: '{not json' }, /WHATSAPP_CLOUD_TEMPLATES: JSON, like/],
    [{ ...cloud, WHATSAPP_CLOUD_TEMPLATES: '{"reminder":{"name":"Pengingat Posyandu","language":"id"}}' }, /template name/],
    [{ ...cloud, WHATSAPP_CLOUD_PHONE_NUMBER_ID: '+62 812' }, /phone number ID/],
    [{ WHATSAPP_BAILEYS_ENABLED: 'true', WHATSAPP_BAILEYS_PAIRING_PHONE: '0812345678' }, /E\.164/],
    [{ WHATSAPP_BAILEYS_RATE_PER_MINUTE: '500' }, /WHATSAPP_BAILEYS_RATE_PER_MINUTE/],
  ])('refuses %o with a message naming the fix', (source, message) => {
    expect(() => loadEnv(source)).toThrow(message);
  });
});
