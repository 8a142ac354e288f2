/**
 * A text to show, as a locale key and its parameters. Values the pure core cannot know (a child's
 * or a posyandu's display name, a translated label) come as `refs` for the renderer to fill in:
 * `locale` refs name another key to translate, the others name a record to look up by id.
 *
 * @example
 * const message: MessageRef = {
 *   key: 'escalation.alert.kader.stunting',
 *   params: { rw: '07' },
 *   refs: { child: { kind: 'child', id: 'c-1' }, condition: { kind: 'locale', id: 'escalation.condition.stunting' } },
 * };
 */
export interface MessageRef {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly refs?: Readonly<Record<string, MessageRefTarget>>;
}

export interface MessageRefTarget {
  /** `datetime`: `id` is an ISO instant to format in the reader's language and time zone. */
  readonly kind: 'child' | 'posyandu' | 'puskesmas' | 'kelurahan' | 'locale' | 'datetime';
  readonly id: string;
}
