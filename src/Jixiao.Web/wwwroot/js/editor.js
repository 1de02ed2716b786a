// The table editor (Pages/Tables/Edit): indicator rows added, removed and reordered in the page, level 2 filtered by
// level 1. Row inputs are renumbered after each change so that the form posts Indicators[0..n-1] in the order shown.
(() => {
  const form = document.getElementById("editor");
  const rows = document.getElementById("indicator-rows");
  const template = document.getElementById("indicator-template");
  if (!form || !rows || !template) return;

  const renumber = () => {
    rows.querySelectorAll("tr.indicator-row").forEach((tr, i) => {
      tr.id = "ind-" + i;
      tr.querySelector(".row-no").textContent = i + 1;
      tr.querySelectorAll("[name^='Indicators[']").forEach((el) => {
        el.name = el.name.replace(/^Indicators\[-?\d+\]/, `Indicators[${i}]`);
      });
    });
  };

  // The findings are refreshed for a structural change too (typing is caught by htmx's own "input" trigger).
  const changed = () => {
    renumber();
    const count = document.getElementById("indicator-count");
    if (count) count.textContent = rows.querySelectorAll("tr.indicator-row").length;
    form.dispatchEvent(new CustomEvent("rows-changed"));
  };

  // Level 2 offers only the categories of the chosen level 1; a level 2 chosen first sets its level 1.
  const filterLevel2 = (tr) => {
    const level1 = tr.querySelector("select.level1").value;
    const level2 = tr.querySelector("select.level2");
    for (const option of level2.options) {
      if (option.dataset.level1) option.hidden = level1 !== "" && option.dataset.level1 !== level1;
    }
    if (level2.selectedOptions[0]?.hidden) level2.value = "";
  };

  form.addEventListener("change", (e) => {
    const tr = e.target.closest("tr.indicator-row");
    if (!tr) return;
    if (e.target.matches("select.level1")) filterLevel2(tr);
    if (e.target.matches("select.level2") && e.target.value) {
      const level1 = tr.querySelector("select.level1");
      const parent = e.target.selectedOptions[0].dataset.level1;
      if (level1.value !== parent) {
        level1.value = parent;
        filterLevel2(tr);
      }
    }
  });

  form.addEventListener("click", (e) => {
    const button = e.target.closest("button[data-row]");
    if (!button) return;
    const tr = button.closest("tr.indicator-row");
    const action = button.dataset.row;
    if (action === "up" && tr.previousElementSibling) tr.parentNode.insertBefore(tr, tr.previousElementSibling);
    else if (action === "down" && tr.nextElementSibling) tr.parentNode.insertBefore(tr.nextElementSibling, tr);
    else if (action === "remove") {
      removed = { tr, next: tr.nextElementSibling };
      tr.remove();
      showUndo(tr.querySelector("[name$='.Name']").value.trim());
      changed();
      return;
    } else return;
    changed();
    button.focus();
  });

  // A removed row can be put back until the next removal (nothing is stored before 保存 anyway).
  let removed = null;
  const undo = document.getElementById("undo-remove");
  const showUndo = (name) => {
    if (!undo) return;
    undo.hidden = false;
    undo.textContent = name ? `撤销删除“${name}”` : "撤销删除";
  };
  undo?.addEventListener("click", () => {
    if (!removed) return;
    rows.insertBefore(removed.tr, removed.next && removed.next.parentNode === rows ? removed.next : null);
    removed = null;
    undo.hidden = true;
    changed();
  });

  document.getElementById("add-indicator")?.addEventListener("click", () => {
    const tr = template.content.firstElementChild.cloneNode(true);
    // A new row starts in the category and horizon of the last row: rows are usually added to the group just filled.
    const last = rows.querySelector("tr.indicator-row:last-child");
    if (last) {
      for (const field of ["Horizon", "Level1", "Level2"]) {
        tr.querySelector(`[name$='.${field}']`).value = last.querySelector(`[name$='.${field}']`).value;
      }
    }
    rows.appendChild(tr);
    filterLevel2(tr);
    changed();
    tr.querySelector("[name$='.Name']").focus();
  });

  // The row a finding links to is scrolled to and its name field focused.
  window.addEventListener("hashchange", () => {
    const tr = document.getElementById(location.hash.slice(1));
    if (tr?.matches("tr.indicator-row")) tr.querySelector("[name$='.Name']").focus({ preventScroll: true });
  });
})();
