// Prometheus text-format metrics (exposition format 0.0.4), without a client library: counters,
// gauges read when scraped, and histograms with fixed buckets.

const escapeLabel = (value) => String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const labelText = (labels) => {
  const entries = Object.entries(labels ?? {});
  return entries.length ? `{${entries.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',')}}` : '';
};
const keyOf = (labels) => JSON.stringify(Object.entries(labels ?? {}).sort());

export function createMetrics() {
  const families = [];

  return {
    /** A number that only goes up, per label set. */
    counter(name, help) {
      const values = new Map();
      families.push({
        name,
        help,
        type: 'counter',
        lines: () => [...values.values()].map(({ labels, value }) => `${name}${labelText(labels)} ${value}`),
      });
      return {
        inc(labels = {}, by = 1) {
          const key = keyOf(labels);
          const entry = values.get(key) ?? values.set(key, { labels, value: 0 }).get(key);
          entry.value += by;
        },
      };
    },

    /** A value read at scrape time: `read()` returns a number or [{ labels, value }]. */
    gauge(name, help, read) {
      families.push({
        name,
        help,
        type: 'gauge',
        lines: () => {
          const value = read();
          const rows = Array.isArray(value) ? value : [{ labels: {}, value }];
          return rows.map((row) => `${name}${labelText(row.labels)} ${row.value}`);
        },
      });
    },

    /** Observations in seconds, counted into cumulative buckets (le = less or equal). */
    histogram(name, help, buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]) {
      const counts = buckets.map(() => 0);
      let sum = 0;
      let count = 0;
      families.push({
        name,
        help,
        type: 'histogram',
        lines: () => [
          ...buckets.map((le, i) => `${name}_bucket{le="${le}"} ${counts[i]}`),
          `${name}_bucket{le="+Inf"} ${count}`,
          `${name}_sum ${sum}`,
          `${name}_count ${count}`,
        ],
      });
      return {
        observe(seconds) {
          if (!Number.isFinite(seconds) || seconds < 0) return;
          for (let i = 0; i < buckets.length; i += 1) if (seconds <= buckets[i]) counts[i] += 1;
          sum += seconds;
          count += 1;
        },
      };
    },

    /** The whole exposition, as served on /metrics. */
    render() {
      const out = [];
      for (const family of families) {
        out.push(`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} ${family.type}`, ...family.lines());
      }
      return `${out.join('\n')}\n`;
    },
  };
}
