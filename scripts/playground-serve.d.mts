import type { Server } from 'node:http';
/** Serves `folder` on 127.0.0.1:`port` (0: any free port). */
export declare function servePlayground(folder: string, port?: number): Promise<{ server: Server; url: string }>;
