// 上传 (Pages/Upload.cshtml). Files dropped on the drop zone, or chosen and sent with the button, are uploaded one per
// request, a few at a time, each with its own progress bar (XMLHttpRequest's upload progress); each request's answer
// is the server-rendered result lines of that file (a ZIP archive gives one line per file inside it), shown as it
// arrives. Without script the form posts every file at once and the page lists the results. No inline script or
// style: the page's Content-Security-Policy forbids them.

const form = document.getElementById("upload-form");
const input = document.getElementById("files");
const zone = document.getElementById("drop-zone");
const section = document.getElementById("upload-progress");
const queue = document.getElementById("upload-queue");
// A few at a time: the server reads two files at once, more would only wait in its queue.
const parallel = 3;
const waiting = [];
let running = 0;

if (form && input && zone && queue) {
    form.classList.add("enhanced");
    input.required = false;
    form.addEventListener("submit", event => {
        event.preventDefault();
        enqueue(input.files);
        input.value = "";
    });
    for (const type of ["dragenter", "dragover"]) {
        zone.addEventListener(type, event => {
            event.preventDefault();
            zone.classList.add("dragging");
        });
    }
    for (const type of ["dragleave", "drop"]) {
        zone.addEventListener(type, () => zone.classList.remove("dragging"));
    }
    zone.addEventListener("drop", event => {
        event.preventDefault();
        if (event.dataTransfer) {
            enqueue(event.dataTransfer.files);
        }
    });
}

function enqueue(files) {
    if (!files || files.length === 0) {
        return;
    }
    section.hidden = false;
    for (const file of Array.from(files)) {
        waiting.push({ file, item: addItem(file) });
    }
    next();
}

function addItem(file) {
    const item = document.createElement("li");
    item.className = "upload-item";
    const name = document.createElement("span");
    name.className = "upload-file";
    name.textContent = file.name;
    const bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute("aria-label", `${file.name} 的上传进度`);
    const state = document.createElement("span");
    state.className = "upload-state";
    state.textContent = "等待上传";
    item.append(name, bar, state);
    queue.append(item);
    return item;
}

function next() {
    while (running < parallel && waiting.length > 0) {
        const { file, item } = waiting.shift();
        running++;
        send(file, item).finally(() => {
            running--;
            next();
        });
    }
}

function send(file, item) {
    const bar = item.querySelector("progress");
    const state = item.querySelector(".upload-state");
    const body = new FormData();
    body.append("files", file, file.name);
    body.append("__RequestVerificationToken", form.querySelector("input[name='__RequestVerificationToken']").value);
    return new Promise(resolve => {
        const request = new XMLHttpRequest();
        request.open("POST", "/upload?handler=File");
        request.upload.addEventListener("progress", event => {
            if (event.lengthComputable) {
                const percent = Math.round((event.loaded / event.total) * 100);
                bar.value = percent;
                state.textContent = `上传中 ${percent}%`;
            }
        });
        request.upload.addEventListener("load", () => {
            bar.value = 100;
            state.textContent = "已上传，正在读取和检查…";
        });
        request.addEventListener("load", () => {
            if (request.status === 200 && !new URL(request.responseURL).pathname.startsWith("/login")) {
                bar.value = 100;
                state.textContent = "完成";
                item.classList.add("done");
                // The server's own rendering of the result lines (encoded by Razor), so every name and label has one place.
                item.insertAdjacentHTML("beforeend", request.responseText);
            } else {
                fail(item, reason(request));
            }
            resolve();
        });
        request.addEventListener("error", () => {
            fail(item, "上传失败：与服务器的连接中断，请检查网络后重试。");
            resolve();
        });
        request.send(body);
    });
}

function reason(request) {
    if (request.responseURL && new URL(request.responseURL).pathname.startsWith("/login")) {
        return "登录已失效：请重新登录后再上传。";
    }
    if (request.status === 413) {
        return "上传失败：文件超过了服务器允许的大小。";
    }
    if (request.status === 400 && request.responseText && !request.responseText.trimStart().startsWith("<")) {
        return `上传失败：${request.responseText}`;
    }
    if (request.status === 400) {
        return "上传失败：页面已过期（防伪令牌无效），请刷新页面后重试。";
    }
    return `上传失败：服务器返回错误（${request.status}），请稍后重试。`;
}

function fail(item, text) {
    item.classList.add("failed");
    item.querySelector(".upload-state").textContent = "失败";
    const line = document.createElement("p");
    line.className = "alert";
    line.textContent = text;
    item.append(line);
}
