import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { Browser } from '@playwright/test';

export type Machine = {
  cpu: string;
  cores: number;
  ramGiB: number;
  os: string;
  load: string;
  node: string;
  chromium: string;
  nautobot: string;
  next: string;
};

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

/** The machine and the versions the figures were taken with (CPU and RAM from /proc, as Linux reports them). */
export function describeMachine(browser: Browser, nautobotVersion: string): Machine {
  const cpu = /model name\s*:\s*(.+)/.exec(read('/proc/cpuinfo'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const memKb = Number(/MemTotal:\s*(\d+)/.exec(read('/proc/meminfo'))?.[1] ?? totalmem() / 1024);
  const os = /PRETTY_NAME="([^"]+)"/.exec(read('/etc/os-release'))?.[1] ?? process.platform;
  const next = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', '--version'], {
    encoding: 'utf8',
  });
  return {
    cpu: cpu.trim(),
    cores: cpus().length,
    ramGiB: Math.round(memKb / 1024 / 1024),
    os,
    load: loadavg()
      .map((l) => l.toFixed(1))
      .join(' / '),
    node: process.version,
    chromium: browser.version(),
    nautobot: nautobotVersion,
    next: next.stdout.trim().replace(/^Next\.js\s*/, '') || 'unknown',
  };
}
