// nginx configuration written from the header policy: the production site file
// (deploy/nginx.conf, TLS on 443 and a redirect from 80) and, for tests and the load benchmark,
// a whole nginx.conf around the same server block, over plain HTTP on loopback. Works on
// nginx 1.22 (Debian 12) and later: `listen … http2`, not `http2 on;` (1.25.1+).
import {
  allowedMethods,
  contentTypes,
  defaultContentType,
  fileKinds,
  globToRegex,
  securityHeaders,
  textTypes,
} from './header-policy.ts';
import { serverLimits as limits } from './server-limits.ts';

/** Where the Debian package libnginx-mod-http-brotli-static puts the module. */
export const brotliModulePath = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** What differs between the production server and a test server. */
export interface ServerOptions {
  /** The folder with the built site. */
  root: string;
  /** The host name; the port-80 redirect goes there, never to the Host the client sent. */
  serverName: string;
  /** `listen` arguments, e.g. `443 ssl http2` or `127.0.0.1:4500`. */
  listen: readonly string[];
  /** Certificate and key: given for the production server only. */
  tls?: { certificate: string; key: string };
  /** Whether brotli_static is available (the module is loaded). */
  brotli: boolean;
}

const q = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
const indent = (text: string, by = '    ') =>
  text
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');

/** The not-found page of each edition, as built (Astro writes only the root one as 404.html). */
export const notFoundPages = { 'zh-CN': '/404.html', en: '/en/404/index.html' } as const;

/** The not-found page for a request path: the English one under /en/. */
export const notFoundPageFor = (path: string): string =>
  /^\/en\//.test(path) ? notFoundPages.en : notFoundPages['zh-CN'];

/** The variable a policy header's value is sent from (see {@link maps}). */
const headerVariable = (name: string) => `$help_center_${name.toLowerCase().replace(/-/g, '_')}`;

/**
 * The http-level maps and zone the server block reads: Cache-Control by file kind, Allow for
 * 405s, each policy header once, and the per-address connection count.
 */
export function maps(): string {
  // $uri is the served file (/x/ → /x/index.html, unknown → /404.html), like the policy's paths.
  const kinds = fileKinds
    .slice(0, -1)
    .flatMap((k) => k.paths.map((p) => `    ~${globToRegex(p)} ${q(k.cacheControl)};`));
  const method = allowedMethods.map((m) => `    ${m} "";`);
  return [
    '# The English edition (/en/…) has its own not-found page.',
    'map $request_uri $help_center_not_found {',
    `    ~^/en/ ${notFoundPages.en};`,
    `    default ${notFoundPages['zh-CN']};`,
    '}',
    '',
    'map $uri $help_center_cache_by_file {',
    `    default ${q(fileKinds.at(-1)?.cacheControl ?? '')};`,
    ...kinds,
    '}',
    '',
    '# An empty value sends no header: Allow goes only with the 405.',
    'map $request_method $help_center_allow {',
    `    default ${q(allowedMethods.join(', '))};`,
    ...method,
    '}',
    '',
    '# nginx answers an unsatisfiable Range (416) by running its header filters a second time, so',
    '# every add_header would be sent twice. The headers are sent from these volatile maps, empty',
    '# on that second pass (status 416): each header once.',
    ...[...Object.entries(securityHeaders), ['Cache-Control', '$help_center_cache_by_file']].flatMap(
      ([name, value]) => [
        `map $status ${headerVariable(name ?? '')} {`,
        '    volatile;',
        '    416 "";',
        `    default ${value?.startsWith('$') ? value : q(value ?? '')};`,
        '}',
      ],
    ),
    '',
    '# Connections with a request in flight, per client address (limit_conn in the server block).',
    'limit_conn_zone $binary_remote_addr zone=help_center_addr:10m;',
  ].join('\n');
}

function typesBlock(): string {
  const byType = new Map<string, string[]>();
  for (const [ext, type] of Object.entries(contentTypes)) byType.set(type, [...(byType.get(type) ?? []), ext]);
  return ['types {', ...[...byType].map(([type, exts]) => `    ${type} ${exts.join(' ')};`), '}'].join('\n');
}

/** The server block that serves the built site with the policy's headers. */
export function serverBlock(o: ServerOptions): string {
  const special = fileKinds.filter((k) => k.contentType);
  const lines = [
    ...o.listen.map((l) => `listen ${l};`),
    `server_name ${o.serverName};`,
    ...(o.tls
      ? [
          `ssl_certificate     ${o.tls.certificate};`,
          `ssl_certificate_key ${o.tls.key};`,
          'ssl_protocols TLSv1.2 TLSv1.3;',
          'ssl_session_cache shared:help_center_ssl:10m;',
        ]
      : []),
    '',
    `root ${o.root};`,
    'server_tokens off;',
    '',
    '# A crowd of idle or slow sockets must not starve readers (src/lib/build/server-limits.ts).',
    `client_header_timeout ${limits.headerTimeoutSeconds}s;`,
    `client_body_timeout ${limits.bodyTimeoutSeconds}s;`,
    `client_max_body_size ${limits.maxBodySize};`,
    `send_timeout ${limits.sendTimeoutSeconds}s;`,
    `keepalive_timeout ${limits.keepaliveSeconds}s;`,
    'reset_timedout_connection on;',
    `limit_conn help_center_addr ${limits.connectionsPerAddress};`,
    `limit_conn_status ${limits.overCapStatus};`,
    '# Folder redirects (/fixes → /fixes/) as a path, so they never name another host.',
    'absolute_redirect off;',
    '',
    typesBlock(),
    `default_type ${defaultContentType};`,
    'charset utf-8;',
    // text/html is always in both lists, and nginx warns when it is named.
    `charset_types ${textTypes.filter((t) => t !== 'text/html').join(' ')};`,
    '',
    '# The build writes .br and .gz beside every text file; on-the-fly gzip is the fallback.',
    'gzip_static on;',
    ...(o.brotli ? ['brotli_static on;'] : ['# brotli_static on;  (needs libnginx-mod-http-brotli-static)']),
    'gzip on;',
    'gzip_vary on;',
    `gzip_types ${textTypes.filter((t) => t !== 'text/html').join(' ')};`,
    '',
    `if ($request_method !~ ^(${allowedMethods.join('|')})$) {`,
    '    return 405;',
    '}',
    '',
    '# Sent with every response ("always" includes error pages). No location below has its own',
    '# add_header, so all of them inherit these.',
    ...[...Object.keys(securityHeaders), 'Cache-Control'].map(
      (name) => `add_header ${name} ${headerVariable(name)} always;`,
    ),
    'add_header Allow $help_center_allow always;',
    '',
    'location / {',
    '}',
    '# A folder is its index.html; a folder without one (/_astro/) is not found, not forbidden.',
    'location ~ /$ {',
    '    try_files ${uri}index.html =404;',
    '}',
    "# The static hosts' rules file is for them, not for readers.",
    'location = /_headers {',
    '    return 404;',
    '}',
    ...special.flatMap((k) =>
      k.paths.map((p) => `location ~ ${globToRegex(p)} {\n    types { }\n    default_type ${k.contentType};\n}`),
    ),
    '',
    'error_page 404 $help_center_not_found;',
  ];
  return `server {\n${indent(lines.join('\n'))}\n}`;
}

/** Settings of the checked-in production file. */
export const production = {
  serverName: 'help.example.org',
  root: '/srv/help-center',
  certificate: '/etc/ssl/help-center/fullchain.pem',
  key: '/etc/ssl/help-center/privkey.pem',
};

/** deploy/nginx.conf: a site file for /etc/nginx/sites-enabled/ (inside nginx's http block). */
export function productionConfig(
  o: Partial<typeof production> & { httpsPort?: number; httpPort?: number; address?: string } = {},
): string {
  const s = { ...production, ...o };
  const at = (port: number) => (o.address ? `${o.address}:${port}` : String(port));
  const v6 = (port: number) => (o.address ? [] : [`[::]:${port}`]);
  const https = o.httpsPort ?? 443;
  const http = o.httpPort ?? 80;
  return [
    '# Generated from src/lib/build/header-policy.ts and src/lib/build/nginx-config.ts by',
    '# `npm run gen:server`: do not edit by hand. nginx 1.22 or later.',
    '# Install: copy dist/ to /srv/help-center; write this file with your host name to',
    '# /etc/nginx/sites-enabled/help-center (`npm run gen:server -- --out <file> --server-name <name>`);',
    '# `apt-get install nginx libnginx-mod-http-brotli-static`, `nginx -t && systemctl reload nginx`.',
    '# On a host without IPv6, drop the [::] listen lines. Install deploy/nginx-main.conf as',
    "# /etc/nginx/nginx.conf too: Debian's own allows too few connections for a crowd of idle sockets.",
    '',
    maps(),
    '',
    serverBlock({
      root: s.root,
      serverName: s.serverName,
      listen: [`${at(https)} ssl http2`, ...v6(https).map((l) => `${l} ssl http2`)],
      tls: { certificate: s.certificate, key: s.key },
      brotli: true,
    }),
    '',
    '# Plain HTTP only redirects, to the configured name (never to the Host the client sent).',
    'server {',
    ...[at(http), ...v6(http)].map((l) => `    listen ${l};`),
    `    server_name ${s.serverName};`,
    '    server_tokens off;',
    `    return 301 https://${s.serverName}${https === 443 ? '' : `:${https}`}$request_uri;`,
    '}',
    '',
  ].join('\n');
}

/**
 * deploy/nginx-main.conf: Debian's /etc/nginx/nginx.conf with the connection capacity of
 * server-limits.ts (events{} and the open-file limit live here, outside any site file).
 */
export function productionMainConfig(): string {
  return [
    '# Generated from src/lib/build/server-limits.ts by `npm run gen:server`: do not edit by hand.',
    "# Replaces Debian's /etc/nginx/nginx.conf (same includes), whose 768 connections per worker",
    '# a crowd of idle sockets exhausts: `cp deploy/nginx-main.conf /etc/nginx/nginx.conf`.',
    'user www-data;',
    'worker_processes auto;',
    `worker_rlimit_nofile ${limits.workerOpenFiles};`,
    'pid /run/nginx.pid;',
    'error_log /var/log/nginx/error.log;',
    'include /etc/nginx/modules-enabled/*.conf;',
    '',
    'events {',
    `    worker_connections ${limits.workerConnections};`,
    '}',
    '',
    'http {',
    '    sendfile on;',
    '    tcp_nopush on;',
    '    types_hash_max_size 2048;',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    '    ssl_protocols TLSv1.2 TLSv1.3;',
    '    access_log /var/log/nginx/access.log;',
    '    include /etc/nginx/conf.d/*.conf;',
    '    include /etc/nginx/sites-enabled/*;',
    '}',
    '',
  ].join('\n');
}

/** Settings of a whole nginx.conf run with `nginx -p <prefix> -c <prefix>/nginx.conf`. */
export interface MainOptions {
  /** Load the brotli_static module (the production site file needs it). */
  brotli: boolean;
  workers?: number | 'auto';
  /** Run workers as root: they must read build folders only root may enter (0700 temp folders). */
  asRoot?: boolean;
}

/** A whole nginx.conf around `http` (the text inside the http block); paths relative to the prefix. */
export function mainConfig(http: string, o: MainOptions): string {
  return [
    '# Generated by scripts/lib/nginx.ts for tests and benchmarks.',
    ...(o.brotli ? [`load_module ${brotliModulePath};`] : []),
    ...(o.asRoot ? ['user root;'] : []),
    `worker_processes ${o.workers ?? 1};`,
    'pid nginx.pid;',
    'error_log error.log warn;',
    `worker_rlimit_nofile ${limits.workerOpenFiles};`,
    'events {',
    `    worker_connections ${limits.workerConnections};`,
    '}',
    'http {',
    '    access_log off;',
    '    sendfile on;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${t}_temp;`),
    indent(http),
    '}',
    '',
  ].join('\n');
}

/** The production server block over plain HTTP on `listen` (e.g. 127.0.0.1:4500), root = `root`. */
export function localSite(root: string, listen: string, brotli: boolean): string {
  return `${maps()}\n${serverBlock({ root, serverName: 'localhost', listen: [listen], brotli })}`;
}
