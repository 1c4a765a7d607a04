// 查看原文 (Pages/Reports/Source.cshtml). For a PDF, draws the value's page with PDF.js (served from this server,
// wwwroot/lib/pdfjs-dist) and marks the value's box; for any other file, scrolls the marked line into view.
// No inline script or style: the page's Content-Security-Policy forbids them (positions are set through the CSSOM).

const mark = document.getElementById("source-mark");
if (mark) {
    mark.scrollIntoView({ block: "center" });
}

const view = document.querySelector(".pdf-source");
if (view) {
    showPage(view).catch(() => say(view, "原文页面无法显示：文件可能已损坏或浏览器不支持。可以下载原始文件查看。", true));
}

function say(view, text, failed) {
    const status = view.querySelector(".pdf-status");
    status.textContent = text;
    status.classList.toggle("problem", failed);
}

async function showPage(view) {
    const pdfjs = await import("/lib/pdfjs-dist/pdf.min.mjs");
    pdfjs.GlobalWorkerOptions.workerSrc = view.dataset.worker;
    const pdf = await pdfjs.getDocument({
        url: view.dataset.file,
        cMapUrl: view.dataset.cmaps,
        cMapPacked: true,
        isEvalSupported: false,
        enableXfa: false,
    }).promise;
    const number = Number(view.dataset.page);
    if (!(number >= 1 && number <= pdf.numPages)) {
        say(view, `原文没有第 ${view.dataset.page} 页。`, true);
        return;
    }

    const page = await pdf.getPage(number);
    const holder = view.querySelector(".pdf-page");
    const natural = page.getViewport({ scale: 1 });
    const scale = Math.max(0.5, Math.min(2.5, (holder.clientWidth || natural.width) / natural.width));
    const viewport = page.getViewport({ scale });
    const ratio = window.devicePixelRatio || 1;
    const canvas = holder.querySelector("canvas");
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.style.width = `${viewport.width}px`;
    canvas.style.height = `${viewport.height}px`;
    await page.render({
        canvasContext: canvas.getContext("2d"),
        canvas,
        viewport,
        transform: ratio === 1 ? null : [ratio, 0, 0, ratio, 0, 0],
    }).promise;

    const [x0, y0, x1, y1] = view.dataset.box.split(" ").map(Number);
    const [left, top, right, bottom] = toCanvas(page, viewport, scale, x0, y0, x1, y1);
    const box = holder.querySelector(".pdf-box");
    const pad = 3;
    box.style.left = `${left - pad}px`;
    box.style.top = `${top - pad}px`;
    box.style.width = `${right - left + 2 * pad}px`;
    box.style.height = `${bottom - top + 2 * pad}px`;
    box.hidden = false;
    say(view, `原文第 ${number} 页（共 ${pdf.numPages} 页），红框处为该数值。`, false);
    box.scrollIntoView({ block: "center" });
}

// The reader records boxes in the page's display coordinates (points, origin bottom left, /Rotate applied). On an
// unrotated page these are the PDF's own, which the viewport maps (its media box offset included); on a rotated
// page they are measured from the displayed page's corner.
function toCanvas(page, viewport, scale, x0, y0, x1, y1) {
    let a, b;
    if (page.rotate % 360 === 0) {
        a = viewport.convertToViewportPoint(x0, y1);
        b = viewport.convertToViewportPoint(x1, y0);
    } else {
        a = [x0 * scale, viewport.height - y1 * scale];
        b = [x1 * scale, viewport.height - y0 * scale];
    }

    return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])];
}
