import { z } from 'zod';
import { AppError } from '../shared/errors.js';

/** 32 random bytes as base64 (`openssl rand -base64 32`) or 64 hex digits: an AES-256 key. */
const dataKey = z
  .string()
  .refine((text) => /^[0-9a-fA-F]{64}$/.test(text) || (/^[A-Za-z0-9+/_-]{42,44}={0,2}$/.test(text) && Buffer.from(text, 'base64').length === 32), '32 random bytes as base64 (openssl rand -base64 32) or 64 hex digits');

/** The development and test key: public, so production refuses it. */
const DEV_DATA_KEY = 'cG9zeWFuZHUtZGV2LW9ubHktZGF0YS1rZXktMDAzMiE=';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Every environment variable the bot reads, with its default. `.env.example` documents the same list;
 * a test keeps the two in step.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ROLE: z.enum(['all', 'server', 'worker']).default('all'),
  MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'a mongodb:// or mongodb+srv:// URI').optional(),
  MONGODB_DB: z.string().regex(/^[A-Za-z0-9_-]{1,63}$/, 'letters, digits, _ or -, at most 63').default('posyandu'),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL').default('redis://127.0.0.1:6379'),
  // In braces (a Redis Cluster hash tag): every key of the deployment, and so every multi-key script, is in one slot.
  QUEUE_PREFIX: z.string().regex(/^(\{[A-Za-z0-9_-]{1,40}\}|[A-Za-z0-9_-]{1,40})$/, 'letters, digits, _ or -, at most 40, optionally in braces (a Redis Cluster hash tag)').default('{posyandu}'),
  FLOWS_DIR: z.string().default('flows'),
  LOCALES_DIR: z.string().default('locales'),
  DEFAULT_LANG: z.enum(['id', 'en', 'su']).default('id'),
  DEFAULT_TIMEZONE: z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']).default('Asia/Jakarta'),
  SESSION_TIMEOUT_MINUTES: z.coerce.number().int().min(1).max(60 * 24 * 30).default(60 * 24),
  INBOUND_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
  EVENT_LOOP_LAG_LIMIT_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  SIMULATOR_ENABLED: bool.optional(),
  SIMULATOR_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  PUBLIC_BASE_URL: z.string().url().optional(),
  ADMIN_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  BROADCAST_DAILY_LIMIT: z.coerce.number().int().min(1).max(100).default(3),
  BROADCAST_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(200),
  BROADCAST_CHECK_MS: z.coerce.number().int().min(50).max(600_000).default(15_000),
  BROADCAST_MAX_BACKLOG: z.coerce.number().int().min(1).default(1000),
  REPLY_LIMIT_PER_CHAT: z.coerce.number().int().min(1).max(100_000).default(120),
  REPLY_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(24 * 3600).default(120),
  AUTH_IP_LIMIT: z.coerce.number().int().min(1).max(100_000).default(30),
  AUTH_IP_WINDOW_SECONDS: z.coerce.number().int().min(1).max(24 * 3600).default(900),
  TRUST_PROXY: bool.default(false),
  PWS_TARGET_D_S: z.coerce.number().min(0).max(100).default(80),
  PWS_TARGET_N_D: z.coerce.number().min(0).max(100).default(80),
  LOG_HASH_SECRET: z.string().min(16, 'at least 16 characters').default('posyandu-dev-only-hash-secret'),
  DATA_KEY: dataKey.default(DEV_DATA_KEY),
  DATA_KEY_PREVIOUS: dataKey.optional(),
  ESCALATION_RULES_FILE: z.string().min(1).optional(),
  LURAH_DIGEST_CRON: z.string().regex(/^\S+( \S+){4,5}$/, 'a cron pattern, like "0 7 * * 1" (Monday 07:00)').default('0 7 * * 1'),
  LURAH_DIGEST_PERIOD: z.enum(['week', 'month']).default('week'),
  ESCALATION_SWEEP_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  TELEGRAM_BOT_TOKEN: z.string().regex(/^[0-9]{1,20}:[A-Za-z0-9_-]{20,}$/, 'the token from @BotFather, like 123456789:AAF…').optional(),
  TELEGRAM_MODE: z.enum(['webhook', 'polling']).default('webhook'),
  TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, '16 to 256 letters, digits, _ or -').optional(),
  TELEGRAM_API_ROOT: z.string().url().default('https://api.telegram.org'),
  TELEGRAM_CHAT_INTERVAL_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  WHATSAPP_BAILEYS_ENABLED: bool.default(false),
  WHATSAPP_BAILEYS_SESSION: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, _ or -, at most 40').default('default'),
  WHATSAPP_BAILEYS_PAIRING_PHONE: z.string().regex(/^\+[1-9][0-9]{6,14}$/, "the bot's own number in E.164, like +628123456789").optional(),
  WHATSAPP_BAILEYS_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(120).default(20),
  WHATSAPP_ALLOW_GROUPS: bool.default(false),
  WHATSAPP_CLOUD_TOKEN: z.string().min(20, 'a system user access token from Meta Business settings').optional(),
  WHATSAPP_CLOUD_PHONE_NUMBER_ID: z.string().regex(/^[0-9]{5,30}$/, 'the numeric phone number ID from the WhatsApp Manager (not the phone number)').optional(),
  WHATSAPP_CLOUD_APP_SECRET: z.string().min(16, "the app's secret (App settings > Basic)").optional(),
  WHATSAPP_CLOUD_VERIFY_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  WHATSAPP_CLOUD_API_ROOT: z.string().url().default('https://graph.facebook.com/v21.0'),
  WHATSAPP_CLOUD_TEMPLATES: z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'JSON, like {"reminder":{"name":"pengingat_posyandu","language":"id"}}' });
        return z.NEVER;
      }
    })
    .pipe(z.partialRecord(z.enum(['reply', 'reminder', 'broadcast', 'alert', 'notice', 'default']), z.object({ name: z.string().regex(/^[a-z0-9_]{1,512}$/, 'a template name: lowercase letters, digits, _'), language: z.string().regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, 'a language code like id or en_US') })))
    .default({}),
});

export type Env = z.infer<typeof envSchema>;

/**
 * Parses the environment once at start-up; a bad value stops the process with the variable's name
 * and what is expected.
 *
 * @example
 * const env = loadEnv(process.env); // env.PORT === 3000 when PORT is unset
 */
export function loadEnv(source: NodeJS.ProcessEnv): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (parsed.success) {
    const env = parsed.data;
    if (env.NODE_ENV === 'production' && env.LOG_HASH_SECRET === envSchema.shape.LOG_HASH_SECRET.parse(undefined)) {
      throw new AppError('CONFIG_INVALID', 'Set LOG_HASH_SECRET to a secret of at least 16 characters in production.', {
        variable: 'LOG_HASH_SECRET',
      });
    }
    if (env.NODE_ENV === 'production' && env.DATA_KEY === DEV_DATA_KEY) {
      throw new AppError('CONFIG_INVALID', 'Set DATA_KEY to 32 random bytes (openssl rand -base64 32) in production: phones and names are sealed with it.', {
        variable: 'DATA_KEY',
      });
    }
    if (env.TELEGRAM_BOT_TOKEN && env.TELEGRAM_MODE === 'webhook' && !env.TELEGRAM_WEBHOOK_SECRET) {
      throw new AppError('CONFIG_INVALID', 'Set TELEGRAM_WEBHOOK_SECRET (16+ letters, digits, _ or -) for TELEGRAM_MODE=webhook, or use TELEGRAM_MODE=polling in development.', {
        variable: 'TELEGRAM_WEBHOOK_SECRET',
      });
    }
    if (env.WHATSAPP_CLOUD_TOKEN || env.WHATSAPP_CLOUD_PHONE_NUMBER_ID) {
      const missing = (['WHATSAPP_CLOUD_TOKEN', 'WHATSAPP_CLOUD_PHONE_NUMBER_ID', 'WHATSAPP_CLOUD_APP_SECRET', 'WHATSAPP_CLOUD_VERIFY_TOKEN'] as const).filter((name) => !env[name]);
      if (missing.length) {
        throw new AppError('CONFIG_INVALID', `The WhatsApp Cloud API needs ${missing.join(', ')} as well (see README.md#whatsapp); unset WHATSAPP_CLOUD_TOKEN and WHATSAPP_CLOUD_PHONE_NUMBER_ID to turn it off.`, {
          variables: missing,
        });
      }
    }
    return env;
  }
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new AppError('CONFIG_INVALID', `Invalid configuration. ${problems.join('; ')}. See .env.example.`, {
    variables: parsed.error.issues.map((issue) => issue.path.join('.')),
  });
}

/** The simulator is on in development and tests, and in production only with a token. */
export function simulatorEnabled(env: Env): boolean {
  if (env.SIMULATOR_ENABLED !== undefined) return env.SIMULATOR_ENABLED && (env.NODE_ENV !== 'production' || !!env.SIMULATOR_TOKEN);
  return env.NODE_ENV !== 'production' || env.SIMULATOR_TOKEN !== undefined;
}

/** Telegram is on when a bot token is set. */
export function telegramEnabled(env: Env): env is Env & { TELEGRAM_BOT_TOKEN: string } {
  return env.TELEGRAM_BOT_TOKEN !== undefined;
}

/** WhatsApp over Baileys (unofficial client) is on only when asked for. */
export function whatsappBaileysEnabled(env: Env): boolean {
  return env.WHATSAPP_BAILEYS_ENABLED;
}

/** The WhatsApp Cloud API is on when its token and phone number id are set (`loadEnv` checks the rest). */
export function whatsappCloudEnabled(env: Env): env is Env & Required<Pick<Env, 'WHATSAPP_CLOUD_TOKEN' | 'WHATSAPP_CLOUD_PHONE_NUMBER_ID' | 'WHATSAPP_CLOUD_APP_SECRET' | 'WHATSAPP_CLOUD_VERIFY_TOKEN'>> {
  return !!(env.WHATSAPP_CLOUD_TOKEN && env.WHATSAPP_CLOUD_PHONE_NUMBER_ID && env.WHATSAPP_CLOUD_APP_SECRET && env.WHATSAPP_CLOUD_VERIFY_TOKEN);
}
