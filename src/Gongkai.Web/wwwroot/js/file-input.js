// Every file input of the application (上传, 单位名录's registry import). The browser draws its own button and
// "no file chosen" text in the browser's language, not the page's; with script the input is hidden behind a button and
// a line of our own Chinese text. Without script the browser's input stays as it is and works the same. No inline
// script or style: the Content-Security-Policy forbids them.

for (const input of document.querySelectorAll("input[type=file]")) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "file-choose";
    button.textContent = "选择文件";
    const label = input.labels && input.labels.length > 0 ? input.labels[0].textContent.trim() : "";
    if (label) {
        button.setAttribute("aria-label", `选择文件：${label}`);
    }

    const chosen = document.createElement("span");
    chosen.className = "file-chosen";
    chosen.setAttribute("aria-live", "polite");
    const show = () => {
        const files = Array.from(input.files || []);
        chosen.textContent = files.length === 0
            ? "未选择文件"
            : files.length === 1 ? files[0].name : `已选择 ${files.length} 个文件：${files.map(f => f.name).join("、")}`;
    };

    button.addEventListener("click", () => input.click());
    input.addEventListener("change", show);
    // A form reset or a script clearing the input (上传 after sending) fires no change event.
    input.form?.addEventListener("reset", () => setTimeout(show));
    input.form?.addEventListener("submit", () => setTimeout(show));
    input.classList.add("visually-hidden");
    input.tabIndex = -1;
    input.after(button, chosen);
    show();
}
