/**
 * Redis `MONITOR` on a plain socket: every command the server runs, with its database and source
 * (`lua` for calls made inside a script). ioredis's own monitor mode loses track of its replies on
 * a busy server ("Command queue state error"), so this reads the stream itself.
 *
 * @example
 * const monitor = await watchRedis('redis://127.0.0.1:6379', (c) => console.log(c.db, c.source, c.args));
 * monitor.stop();
 */
import { connect } from 'node:net';

export interface MonitoredCommand {
  db: string;
  source: string;
  args: string[];
}

/**
 * One MONITOR line: `1339518083.107412 [0 127.0.0.1:60866] "set" "k" "v"`, arguments quoted and
 * escaped as Redis writes them (`\"`, `\\`, `\n`, `\r`, `\t`, `\a`, `\b`, `\xHH`).
 *
 * @example
 * parseMonitorLine('1.0 [9 lua] "get" "a\\"b"'); // { db: '9', source: 'lua', args: ['get', 'a"b'] }
 */
export function parseMonitorLine(line: string): MonitoredCommand | null {
  const match = /^\d+\.\d+ \[(\d+) ([^\]]+)\] (.*)$/.exec(line);
  if (!match) return null;
  const args: string[] = [];
  const text = match[3]!;
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', a: '\x07', b: '\b', '"': '"', '\\': '\\' };
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    let arg = '';
    for (i++; i < text.length && text[i] !== '"'; i++) {
      if (text[i] !== '\\') arg += text[i];
      else if (text[i + 1] === 'x') {
        arg += String.fromCharCode(parseInt(text.slice(i + 2, i + 4), 16));
        i += 3;
      } else arg += escapes[text[++i]!] ?? text[i];
    }
    args.push(arg);
  }
  return { db: match[1]!, source: match[2]!, args };
}

export async function watchRedis(redisUrl: string, onCommand: (command: MonitoredCommand) => void): Promise<{ stop(): void }> {
  const url = new URL(redisUrl);
  const socket = connect({ host: url.hostname, port: Number(url.port || 6379) });
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  socket.on('error', () => undefined);
  const auth = url.password ? `AUTH ${url.username ? `${decodeURIComponent(url.username)} ` : ''}${decodeURIComponent(url.password)}\r\n` : '';
  let buffered = '';
  // The OKs of AUTH and MONITOR come before the stream.
  let oksToCome = auth ? 2 : 1;
  const ready = new Promise<void>((resolve, reject) => {
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      buffered += chunk;
      for (let end = buffered.indexOf('\r\n'); end !== -1; end = buffered.indexOf('\r\n')) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        if (oksToCome > 0) {
          if (line !== '+OK') return reject(new Error(`Redis refused MONITOR: ${line}`));
          if (--oksToCome === 0) resolve();
          continue;
        }
        const command = line.startsWith('+') ? parseMonitorLine(line.slice(1)) : null;
        if (command) onCommand({ ...command, args: command.args.map((arg) => Buffer.from(arg, 'latin1').toString('utf8')) });
      }
    });
  });
  socket.write(`${auth}MONITOR\r\n`);
  await ready;
  return { stop: () => socket.destroy() };
}
