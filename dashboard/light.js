// A light chart: SVG drawn and escaped on the server (dashboard/light.py), shown as it is.
// - A mark with data-pick hands its value (JSON) to the page when clicked, or on Enter or Space.
// - An element's SVG <title> is shown at once beside the pointer, as plotly shows its hover text,
//   instead of the browser's own tooltip a second later.
export default function ({ data, parentElement, setTriggerValue }) {
  // a new holder for each drawing, so that the last one's listeners go with it
  parentElement.querySelector(".pbd-light")?.remove();
  const holder = document.createElement("div");
  holder.className = "pbd-light";
  holder.innerHTML = data;
  parentElement.appendChild(holder);
  const tip = document.createElement("div");
  tip.className = "pbd-tip";
  tip.hidden = true;
  holder.appendChild(tip);

  holder.querySelectorAll("title").forEach((title) => {
    title.parentElement.dataset.tip = title.textContent;
    title.remove();
  });
  holder.addEventListener("pointermove", (event) => {
    const target = event.target.closest("[data-tip]");
    tip.hidden = !target;
    if (target) {
      const box = holder.getBoundingClientRect();
      tip.textContent = target.dataset.tip;
      const x = event.clientX - box.left;
      // right of the pointer, or left of it where the chart ends
      const left = x + 14 + tip.offsetWidth > box.width ? x - 14 - tip.offsetWidth : x + 14;
      tip.style.left = `${Math.max(0, left)}px`;
      tip.style.top = `${event.clientY - box.top + 14}px`;
    }
  });
  holder.addEventListener("pointerleave", () => {
    tip.hidden = true;
  });

  holder.querySelectorAll("[data-pick]").forEach((mark) => {
    const pick = () => setTriggerValue("pick", mark.dataset.pick);
    mark.addEventListener("click", pick);
    mark.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        pick();
      }
    });
  });
}
