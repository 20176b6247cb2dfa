// Typeset the $math$ of statements and explanations with KaTeX (the server marks it, never runs it).

import katex from "katex";

export function typeset(root = document) {
  for (const node of root.querySelectorAll(".math")) {
    if (node.dataset.typeset) continue;
    try {
      katex.render(node.textContent, node, {
        displayMode: node.classList.contains("block"),
        throwOnError: false,
        output: "html",
      });
      node.dataset.typeset = "1";
    } catch {
      /* leave the TeX source as written */
    }
  }
}
