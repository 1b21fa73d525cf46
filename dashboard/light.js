// A light chart: SVG drawn and escaped on the server (dashboard/light.py), shown as it is. A mark
// with data-pick hands its value (JSON) to the page when clicked, or on Enter or Space.
export default function ({ data, parentElement, setTriggerValue }) {
  let holder = parentElement.querySelector(".pbd-light");
  if (!holder) {
    holder = document.createElement("div");
    holder.className = "pbd-light";
    parentElement.appendChild(holder);
  }
  holder.innerHTML = data;
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
