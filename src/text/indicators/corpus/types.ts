/**
 * One labelled statement: the text and its labels, space-separated, from
 * conflict comm feel power distance blame:emp blame:sec blame:self (empty: no indicator).
 * blame:* sets the blame indicator and says who is blamed.
 */
export type RawExample = readonly [text: string, labels: string];
