/** One labelled practitioner statement: does it frame people as the problem? */
export type RawBlameExample = readonly [text: string, blame: boolean];
