/** Where `npm run playground` builds to. */
export declare const PLAYGROUND_OUT: string;
/** Builds the playground into `out` (emptied first) and resolves to `out`. */
export declare function buildPlayground(out?: string): Promise<string>;
