/**
 * The messages of one turn (or one broadcast item) share their outbound id up to the index
 * (`outboundId(ref, index)`), and must reach the person in index order: they are queued as one
 * send job.
 *
 * @example
 * outboundTurn('out_Ab3_2'); // 'out_Ab3'
 */
export function outboundTurn(id: string): string {
  return id.replace(/_\d+$/, '');
}
