// 依申请公开办理 (Pages/Cases), without inline scripts (the CSP forbids them); every form also works without this file.
// 登记申请: only the art. 31 receipt rule of the channel chosen is shown. 申请详情: choosing an answer's outcome fills in
// its default legal basis, unless the basis was edited by hand.
(() => {
    const channel = document.getElementById("channel");
    const rules = document.getElementById("channel-rules");
    if (channel && rules) {
        const show = () => {
            for (const rule of rules.querySelectorAll("li[data-channel]")) {
                rule.hidden = rule.dataset.channel !== channel.value;
            }
        };
        channel.addEventListener("change", show);
        show();
    }

    for (const select of document.querySelectorAll("select.outcome-select")) {
        const basis = select.form.querySelector("input.basis-input");
        if (!basis) {
            continue;
        }

        let suggested = basis.value;
        select.addEventListener("change", () => {
            const next = select.selectedOptions[0]?.dataset.basis ?? "";
            if (basis.value === suggested) {
                basis.value = next;
            }

            suggested = next;
        });
    }
})();
