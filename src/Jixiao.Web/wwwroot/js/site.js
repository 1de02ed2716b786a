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

// Upload page: the chosen file's name and size, a size check before any byte is sent, and what happens after the bytes are sent.
document.addEventListener("change", (e) => {
  if (e.target.id !== "upload-file") return;
  const file = e.target.files[0];
  const label = document.getElementById("upload-file-name");
  const size = (n) => (n < 1048576 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1048576).toFixed(1)} MB`);
  if (label) label.textContent = file ? `${file.name}（${size(file.size)}）` : "尚未选择文件";
});
document.addEventListener("dragover", (e) => {
  if (e.target.closest?.(".dropzone")) e.preventDefault();
});
document.addEventListener("drop", (e) => {
  const zone = e.target.closest?.(".dropzone");
  if (!zone || !e.dataTransfer.files.length) return;
  e.preventDefault();
  const input = zone.querySelector("input[type=file]");
  input.files = e.dataTransfer.files;
  input.dispatchEvent(new Event("change", { bubbles: true }));
});
document.addEventListener("htmx:beforeRequest", (e) => {
  const form = e.detail.elt;
  if (form.id !== "upload-form") return;
  const file = form.querySelector("input[type=file]")?.files[0];
  if (file && file.size > Number(form.dataset.maxBytes)) {
    e.preventDefault();
    const p = document.createElement("p");
    p.className = "problem";
    p.setAttribute("role", "alert");
    p.textContent = form.dataset.tooLarge;
    document.getElementById("upload-result").replaceChildren(p);
    return;
  }
  const bar = document.getElementById("upload-progress");
  if (bar) bar.value = 0;
  const phase = document.getElementById("upload-phase");
  if (phase) phase.textContent = "正在上传…";
});
document.addEventListener("htmx:xhr:progress", (e) => {
  const phase = document.getElementById("upload-phase");
  if (phase && e.detail.lengthComputable && e.detail.loaded >= e.detail.total) phase.textContent = "已上传，正在读取和审核表格…";
});

// A button with data-print prints the page (no inline script needed).
document.addEventListener("click", (e) => {
  if (e.target.closest("[data-print]")) window.print();
});
