import { classifyGraphError, type GraphFailure } from './graph-errors.js';

/** A Graph API call that failed, with what the failure means for delivery. */
export class GraphCallError extends Error {
  override readonly name = 'GraphCallError';
  constructor(readonly failure: GraphFailure, options?: { cause?: unknown }) {
    super(`WhatsApp Cloud API: ${failure.description}`, options);
  }
}

export interface GraphClientOptions {
  /** e.g. https://graph.facebook.com/v21.0 */
  apiRoot: string;
  phoneNumberId: string;
  token: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/**
 * The two Graph API calls the channel makes: send a message and upload a picture.
 *
 * @example
 * const graph = new GraphClient({ apiRoot, phoneNumberId, token });
 * const wamid = await graph.sendMessage({ messaging_product: 'whatsapp', to: '628111000001', type: 'text', text: { body: 'Halo' } });
 */
export class GraphClient {
  private readonly fetch: typeof fetch;

  constructor(private readonly options: GraphClientOptions) {
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  async sendMessage(payload: object): Promise<string> {
    const body = await this.call('messages', { 'content-type': 'application/json' }, JSON.stringify(payload));
    const id = (body as { messages?: Array<{ id?: unknown }> }).messages?.[0]?.id;
    if (typeof id !== 'string') throw new GraphCallError({ kind: 'transient', code: null, description: 'answer without a message id' });
    return id;
  }

  /** Uploads a PNG (when the server has no public URL for media links); returns the media id. */
  async uploadMedia(data: Buffer, contentType: string, filename: string): Promise<string> {
    const form = new FormData();
    form.set('messaging_product', 'whatsapp');
    form.set('type', contentType);
    form.set('file', new Blob([new Uint8Array(data)], { type: contentType }), filename);
    const body = await this.call('media', {}, form);
    const id = (body as { id?: unknown }).id;
    if (typeof id !== 'string') throw new GraphCallError({ kind: 'transient', code: null, description: 'upload answer without a media id' });
    return id;
  }

  private async call(path: string, headers: Record<string, string>, body: string | FormData): Promise<unknown> {
    const url = `${this.options.apiRoot.replace(/\/+$/, '')}/${this.options.phoneNumberId}/${path}`;
    let response: Response;
    try {
      response = await this.fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.options.token}`, ...headers },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
      });
    } catch (error) {
      throw new GraphCallError({ kind: 'transient', code: null, description: 'network error' }, { cause: error });
    }
    const parsed: unknown = await response.json().catch(() => null);
    if (!response.ok) throw new GraphCallError(classifyGraphError(response.status, parsed));
    return parsed ?? {};
  }
}
