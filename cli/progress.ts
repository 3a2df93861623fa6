/**
 * A one-line progress report on a terminal (runs done, runs per second, time left); nothing when
 * output is piped or in CI, so logs stay clean.
 */
export function progressLine(stream: NodeJS.WriteStream = process.stderr): ((done: number, total: number) => void) | undefined {
  if (!stream.isTTY || process.env.CI) return undefined;
  const start = Date.now();
  let first = -1;
  return (done, total) => {
    if (first < 0) first = done - 1;
    const seconds = (Date.now() - start) / 1000;
    const rate = (done - first) / Math.max(seconds, 1e-3);
    const left = rate > 0 ? (total - done) / rate : 0;
    const width = 30;
    const filled = Math.round((done / total) * width);
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} runs  ${rate.toFixed(1)} runs/s  ${Math.ceil(left)} s left `);
    if (done === total) stream.write('\n');
  };
}
