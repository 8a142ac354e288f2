import type { PuslingRequest } from '../../domain/pusling/request.js';

/**
 * A Pusling request as stored: the domain's request (state, schedule, history of who did what when)
 * plus what the chat adds around it. `_id` is the request id; `revision` counts stored changes.
 */
export interface PuslingRequestRecord {
  _id: string;
  request: PuslingRequest;
  /** End of the visit's time range (`HH:mm`); the domain keeps the start. Null until scheduled. */
  endTime: string | null;
  /** Where the request came from: the requester hears of it in the chat at once, from the API later. */
  source: 'chat' | 'api';
  revision: number;
  updatedAt: Date;
}
