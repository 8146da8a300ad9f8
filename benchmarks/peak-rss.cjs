// Preloaded into a benchmarked process (node --require): writes its peak resident memory at exit.
process.on("exit", () => {
  process.stderr.write(`peak-rss-kib ${process.resourceUsage().maxRSS}\n`);
});
