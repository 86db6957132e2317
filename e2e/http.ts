// Plain HTTP requests for server tests: no decoding, no headers but the ones given.
import { request as httpRequest } from 'node:http';

/** A response: status, headers (lower-case names, values joined) and the raw body. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** One request, no decoding, no added headers. */
export function get(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)])),
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}
