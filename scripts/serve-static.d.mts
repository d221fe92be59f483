import type { Server } from 'node:http';

export const SUB_PATH: string;
export function serveStatic(dir: string, port: number, host?: string): Promise<Server>;
