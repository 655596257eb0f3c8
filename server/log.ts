type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** One JSON object per line on stdout (what log collectors read), from `level` up. */
export function jsonLogger(level: Level | 'silent', write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  const at = (entry: Level) => (message: string, fields: Record<string, unknown> = {}) => {
    if (ORDER[entry] < ORDER[level]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level: entry, message, ...fields }));
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
