// How many connections the production nginx holds and how long it waits for each, as data beside
// the header policy (header-policy.ts); deploy/nginx.conf, deploy/nginx-main.conf and the nginx
// the tests start are generated from it (nginx-config.ts). The threat: a crowd of idle or slow
// sockets (slowloris) that takes every connection slot, so readers get nothing. Debian's stock
// nginx.conf allows 768 connections per worker: 2,000 idle TLS sockets from one address made every
// reader's request fail. Readers here are on slow lines (2 s latency, 250 kbit/s), so the waits
// are set for them, not for a fast office network.

export const serverLimits = {
  /**
   * Connections per worker process (`events { worker_connections }`). An idle socket costs nginx
   * about 1 KB, so 8,192 per worker is cheap; with `worker_processes auto` a 2-core host holds
   * 16,384, enough for a crowd of idle sockets to wait out the header timeout below.
   */
  workerConnections: 8192,
  /** Open files per worker: a socket and the file it sends, per connection. */
  workerOpenFiles: 16384,
  /**
   * Seconds to receive the request line and headers (on nginx 1.22 also the TLS handshake): a
   * socket that sends nothing is closed after this. A reader 2 s away sends them within one or
   * two round trips, so 10 s leaves them room.
   */
  headerTimeoutSeconds: 10,
  /** Seconds between two reads of a request body (the site takes none; GET and HEAD only). */
  bodyTimeoutSeconds: 10,
  /** Largest request body accepted (none is needed). */
  maxBodySize: '1k',
  /**
   * Seconds between two writes to a reader: at 250 kbit/s a 64 KB socket buffer drains in 2 s,
   * so 30 s only closes readers that stopped reading.
   */
  sendTimeoutSeconds: 30,
  /** Seconds an idle keep-alive connection is kept for the reader's next page. */
  keepaliveSeconds: 30,
  /**
   * Connections with a request in flight per client address (`limit_conn`). nginx counts a
   * connection once its headers are read, so this caps slow readers of responses, not idle
   * sockets (those the header timeout and the worker capacity handle). Generous, because many
   * readers on mobile networks share one carrier address (CGNAT): a browser opens at most 6.
   */
  connectionsPerAddress: 64,
  /** Status for a connection over that cap. */
  overCapStatus: 429,
} as const;
