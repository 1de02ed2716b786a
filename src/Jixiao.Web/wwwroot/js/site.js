// htmx requests carry the antiforgery token like forms do.
document.addEventListener("htmx:configRequest", (e) => {
  const token = document.querySelector('meta[name="antiforgery"]')?.content;
  if (token) e.detail.headers["RequestVerificationToken"] = token;
});

// Charts: an element with data-chart holds its ECharts option as JSON (built on the server, text already escaped).
function drawCharts(root) {
  if (!window.echarts) return;
  root.querySelectorAll("[data-chart]").forEach((el) => {
    if (el.dataset.drawn) return;
    el.dataset.drawn = "1";
    const chart = echarts.init(el);
    chart.setOption(JSON.parse(el.dataset.chart));
    window.addEventListener("resize", () => chart.resize());
  });
}
document.addEventListener("DOMContentLoaded", () => drawCharts(document));
document.addEventListener("htmx:afterSettle", (e) => drawCharts(e.target));

// Upload progress.
document.addEventListener("htmx:xhr:progress", (e) => {
  const bar = document.getElementById("upload-progress");
  if (bar && e.detail.lengthComputable) bar.value = Math.round((e.detail.loaded / e.detail.total) * 100);
});
