// 在线填报 (Pages/Drafts/Edit.cshtml). Totals are computed as the user types, from the definitions the page carries
// (data-totals: Core's TemplateTotals, never re-typed here); the draft is posted, debounced, to
// /api/v1/drafts/{id}/check, which runs Core's ReportChecker, and the cells of each finding are marked and the messages
// listed. Each section's Markdown is previewed through /api/v1/drafts/preview (rendered and sanitised on the server).
// Without scripts the form still posts: saving shows the findings.

const form = document.getElementById("draft-form");
if (form) {
    start(form);
}

function start(form) {
    const draft = form.dataset.draft;
    const totals = JSON.parse(form.dataset.totals || "[]");
    const token = form.querySelector("input[name='__RequestVerificationToken']").value;
    const inputs = new Map();
    form.querySelectorAll("input[data-cell]").forEach((input) => inputs.set(input.dataset.cell, input));
    const status = document.getElementById("check-status");
    const list = document.getElementById("finding-list");
    let sequence = 0;

    const post = (url, body) => fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "RequestVerificationToken": token },
        body: JSON.stringify(body),
    }).then((response) => response.ok ? response.json() : Promise.reject(response.status));

    const recompute = () => {
        for (const total of totals) {
            let sum = 0;
            let complete = true;
            for (const part of total.p) {
                const value = number(inputs.get(part)?.value ?? "");
                if (value === null || Number.isNaN(value)) {
                    complete = false; // blank is not zero: a total of blanks stays blank
                    break;
                }
                sum += value;
            }
            const target = inputs.get(total.t);
            if (target) {
                target.value = complete ? String(Math.round(sum * 1e6) / 1e6) : "";
            }
        }
    };

    const body = () => {
        const cells = {};
        inputs.forEach((input, path) => {
            if (!input.readOnly) {
                cells[path] = input.value;
            }
        });
        const sections = {};
        form.querySelectorAll("textarea[data-section]").forEach((text) => { sections[text.dataset.section] = text.value; });
        return { cells, sections, publishedOn: form.elements.publishedOn.value };
    };

    const check = () => {
        const mine = ++sequence;
        status.textContent = "正在检查……";
        post(`/api/v1/drafts/${draft}/check`, body())
            .then((result) => {
                if (mine === sequence) {
                    show(result);
                }
            })
            .catch(() => {
                if (mine === sequence) {
                    status.textContent = "检查暂时失败（网络或登录已过期）；保存时会再次检查。";
                }
            });
    };

    const show = (result) => {
        for (const [path, value] of Object.entries(result.totals)) {
            const input = inputs.get(path);
            if (input) {
                input.value = value;
            }
        }
        const marks = new Map();
        for (const finding of result.findings) {
            for (const path of finding.cells) {
                for (const [cell, input] of inputs) {
                    // A finding names a cell, or a whole row (then every cell of the row is marked).
                    if (cell === path || cell.startsWith(path + ".") && !inputs.has(path)) {
                        const cellMarks = marks.get(input) ?? [];
                        cellMarks.push(finding);
                        marks.set(input, cellMarks);
                    }
                }
            }
        }
        inputs.forEach((input) => {
            const td = input.closest("td");
            td.classList.remove("finding-error", "finding-warning", "finding-info");
            td.removeAttribute("title");
            const found = marks.get(input);
            if (found) {
                td.classList.add(worst(found));
                td.title = found.map((f) => `${f.code}（${f.severity}）：${f.message}`).join("\n");
            }
        });
        list.replaceChildren(...result.findings.map((f) => {
            const item = document.createElement("li");
            item.className = f.cssClass;
            const code = document.createElement("strong");
            code.textContent = `${f.code} ${f.severity}`;
            item.append(code, `：${f.message}`);
            return item;
        }), ...result.problems.map((p) => {
            const item = document.createElement("li");
            item.className = "finding-error";
            item.textContent = p;
            return item;
        }));
        const errors = result.findings.filter((f) => f.cssClass === "finding-error").length;
        const warnings = result.findings.filter((f) => f.cssClass === "finding-warning").length;
        status.textContent = result.findings.length === 0 ? "未发现问题。" : `${errors} 个错误，${warnings} 个警告。`;
    };

    let timer = 0;
    const later = () => {
        clearTimeout(timer);
        timer = setTimeout(check, 400);
    };
    form.addEventListener("input", (event) => {
        if (event.target.matches("input[data-cell]")) {
            recompute();
        }
        later();
    });

    form.querySelectorAll("textarea[data-section]").forEach((text) => {
        const preview = form.querySelector(`[data-preview-for='${text.id}']`);
        let wait = 0;
        const render = () => post("/api/v1/drafts/preview", { markdown: text.value })
            .then((result) => { preview.innerHTML = result.html; }) // sanitised on the server: no raw HTML passes
            .catch(() => { preview.textContent = "预览暂时不可用。"; });
        text.addEventListener("input", () => {
            clearTimeout(wait);
            wait = setTimeout(render, 400);
        });
        render();
    });
}

// A number as typed (full-width digits and thousands separators allowed), null for blank, NaN for anything else.
function number(text) {
    const plain = text.trim()
        .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0))
        .replace(/[,，]/g, "");
    if (plain === "") {
        return null;
    }
    return /^[+-]?\d+(\.\d+)?$/.test(plain) ? Number(plain) : NaN;
}

function worst(findings) {
    const classes = findings.map((f) => f.cssClass);
    return classes.includes("finding-error") ? "finding-error" : classes.includes("finding-warning") ? "finding-warning" : "finding-info";
}
