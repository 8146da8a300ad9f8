/** A progress bar on standard error for long CLI work (quiet when stderr is not a terminal or in CI). */
import cliProgress from "cli-progress";

export interface Progress {
  start(stage: string, total: number): void;
  update(done: number): void;
  stop(): void;
}

/** @example const p = createProgress(); p.start("compare", 1000); p.update(10); p.stop(); */
export function createProgress(enabled = process.stderr.isTTY === true && !process.env.CI): Progress {
  const bar = new cliProgress.SingleBar({ format: "{stage} [{bar}] {percentage}% | {value}/{total} | eta {eta_formatted}", stream: process.stderr, hideCursor: true, etaBuffer: 50 }, cliProgress.Presets.shades_classic);
  let running = false;
  return {
    start(stage, total) {
      if (!enabled) return;
      if (running) bar.stop();
      bar.start(total, 0, { stage: stage.padEnd(8) });
      running = true;
    },
    update(done) {
      if (running) bar.update(done);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
