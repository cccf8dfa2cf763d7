// The shipped hosting configurations (pkg-config/hosting/) on Debian's real nginx,
// Apache and Caddy, listening on 127.0.0.1 only, serving a site folder under
// /it/appcheck/ as an admin would: the configuration copied, its folder set, and the
// lines marked `# EMBEDDERS` edited to name the origins that may embed the widget.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { repo } from './harness.mjs';

export const freePort = () => new Promise((resolve) => {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});

const EXAMPLE = ['https://intranet.example', 'https://example.sharepoint.com'];
const escape = (origin) => origin.replace(/[.*+?^${}()|[\]\\/]/g, (c) => (c === '/' ? '/' : `\\${c}`));

/**
 * The shipped configuration of `server` with the site folder set and the embedding
 * origins replaced by `origins`, on the marked lines only (`# EMBEDDERS`) (it fails when an example
 * origin is left on an unmarked line: then the README's instruction would be wrong).
 */
export function configured(server, site, origins) {
  const file = { nginx: 'nginx.conf', apache: 'apache.conf', caddy: 'Caddyfile' }[server];
  const text = fs.readFileSync(path.join(repo, 'pkg-config/hosting', file), 'utf8');
  const lines = text.split('\n');
  return lines.map((line, i) => {
    const comment = line.trimStart().startsWith('#');
    // Marked at its end, or (Apache has no comments after a directive) on the line before.
    // The module's line, uncommented where the module is there.
    if (server === 'nginx' && comment && /\s# BROTLI$/.test(line) && sendsBrotli(server)) return line.replace('# ', '');
    const marked = !comment && (/\s# EMBEDDERS$/.test(line) || lines[i - 1]?.trim() === '# EMBEDDERS (the next line)');
    if (!marked) {
      if (!comment && EXAMPLE.some((o) => line.includes(o) || line.includes(escape(o)))) {
        throw new Error(`${file}: an example origin on a line not marked # EMBEDDERS: ${line}`);
      }
      return line.replace('/srv/appcheck', site.replace(/\/$/, ''));
    }
    const regex = EXAMPLE.map(escape).join('|');
    const list = EXAMPLE.join(' ');
    if (!line.includes(regex) && !line.includes(list)) throw new Error(`${file}: a marked line names other origins than the examples: ${line}`);
    return line.replace(regex, origins.length ? origins.map(escape).join('|') : 'no-origin-at-all')
      .replace(` ${list}`, origins.map((o) => ` ${o}`).join(''));
  }).join('\n');
}

const root = process.getuid?.() === 0;

/** Debian's brotli_static module for nginx (`make test` installs it). */
const NGINX_BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/**
 * Whether `server`, as configured here, sends the `.br` copies: Apache and Caddy
 * always, nginx with the brotli_static module (its line marked `# BROTLI` uncommented,
 * as the configuration says).
 */
export const sendsBrotli = (server) => server !== 'nginx' || fs.existsSync(NGINX_BROTLI);

const setups = {
  nginx(dir, port, conf) {
    fs.writeFileSync(path.join(dir, 'appcheck.conf'), conf);
    fs.writeFileSync(path.join(dir, 'nginx.conf'), `
      ${fs.existsSync(NGINX_BROTLI) ? `load_module ${NGINX_BROTLI};` : ''}
      worker_processes 1;
      ${root ? 'user root;' : ''}
      pid ${dir}/nginx.pid;
      error_log ${dir}/error.log;
      events { worker_connections 64; }
      http {
        access_log ${dir}/access.log;
        client_body_temp_path ${dir}/body;
        server {
          listen 127.0.0.1:${port};
          include ${dir}/appcheck.conf;
        }
      }`);
    return ['nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir, '-g', 'daemon off;']];
  },
  apache(dir, port, conf) {
    const modules = '/usr/lib/apache2/modules';
    const load = ['mpm_event', 'authz_core', 'alias', 'headers', 'mime', 'dir', 'setenvif', 'rewrite']
      .map((m) => `LoadModule ${m}_module ${modules}/mod_${m}.so`).join('\n');
    fs.writeFileSync(path.join(dir, 'appcheck.conf'), conf);
    fs.writeFileSync(path.join(dir, 'httpd.conf'), `
${load}
ServerRoot ${dir}
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${dir}/httpd.pid
DefaultRuntimeDir ${dir}
ErrorLog ${dir}/error.log
TypesConfig /etc/mime.types
${root ? 'User www-data\nGroup www-data' : ''}
<Directory />
    Require all denied
</Directory>
Include ${dir}/appcheck.conf
`);
    return ['apache2', ['-d', dir, '-f', path.join(dir, 'httpd.conf'), '-DFOREGROUND']];
  },
  caddy(dir, port, conf) {
    fs.writeFileSync(path.join(dir, 'Caddyfile'), `{
	admin off
	auto_https off
}
http://127.0.0.1:${port} {
	bind 127.0.0.1
${conf}
}
`);
    return ['caddy', ['run', '--adapter', 'caddyfile', '--config', path.join(dir, 'Caddyfile')]];
  },
};

/**
 * Starts `server` ('nginx', 'apache' or 'caddy') with its shipped configuration on a
 * copy of `site`, allowing `origins` to embed it. Resolves to { base, site, stop }:
 * `base` is http://127.0.0.1:<port>/it/appcheck/; `stop()` resolves once it has exited.
 */
export async function host(server, site, origins = []) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `appcheck-${server}-`));
  fs.chmodSync(dir, 0o755);
  const copy = path.join(dir, 'site');
  fs.cpSync(site, copy, { recursive: true });
  fs.chmodSync(copy, 0o755); // readable by the server's own user (www-data for Apache run as root)
  const port = await freePort();
  const [command, args] = setups[server](dir, port, configured(server, `${copy}/`, origins));
  let log = '';
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
  });
  child.stdout.on('data', (c) => { log += c; });
  child.stderr.on('data', (c) => { log += c; });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const base = `http://127.0.0.1:${port}/it/appcheck/`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`${server} exited: ${log}${fs.existsSync(path.join(dir, 'error.log')) ? fs.readFileSync(path.join(dir, 'error.log'), 'utf8') : ''}`);
    try { await fetch(base); break; } catch {
      if (i > 100) throw new Error(`${server} did not answer: ${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    base,
    site: copy,
    log: () => log,
    stop: async () => {
      if (child.exitCode === null) child.kill();
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
