import type { types } from "@slack/bolt";

/**
 * Slack's rules for the blocks we produce, written from its Block Kit reference independently of
 * the renderer's LIMITS: the list of what Slack would refuse in these blocks (empty when valid).
 */
export function blockKitViolations(blocks: readonly types.AnyBlock[], maxBlocks: number): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  const text = (t: { text: string } | undefined, max: number, where: string) => {
    check(t !== undefined && t.text.trim().length > 0, `${where}: empty text`);
    check(!t || t.text.length <= max, `${where}: ${t?.text.length} > ${max} characters`);
  };
  check(blocks.length <= maxBlocks, `${blocks.length} blocks > ${maxBlocks}`);
  const actionIds: string[] = [];
  blocks.forEach((block, b) => {
    const at = `block ${b} (${block.type})`;
    switch (block.type) {
      case "section": {
        const s = block as types.SectionBlock;
        check(Boolean(s.text) !== Boolean(s.fields), `${at}: text or fields`);
        if (s.text) text(s.text, 3000, at);
        check((s.fields?.length ?? 0) <= 10, `${at}: more than 10 fields`);
        for (const [i, f] of (s.fields ?? []).entries()) text(f, 2000, `${at} field ${i}`);
        break;
      }
      case "context": {
        const c = block as types.ContextBlock;
        check(c.elements.length >= 1 && c.elements.length <= 10, `${at}: 1 to 10 elements`);
        for (const [i, e] of c.elements.entries()) if ("text" in e) text(e, 3000, `${at} element ${i}`);
        break;
      }
      case "actions": {
        const a = block as types.ActionsBlock;
        check(a.elements.length >= 1 && a.elements.length <= 25, `${at}: 1 to 25 elements`);
        for (const e of a.elements as types.Button[]) {
          actionIds.push(e.action_id ?? "");
          check((e.action_id ?? "").length <= 255, `${at}: action_id too long`);
          text(e.text, 75, `${at} button`);
          check((e.value ?? "").length <= 2000, `${at}: value too long`);
          if (e.confirm) {
            text(e.confirm.title, 100, `${at} confirm title`);
            text(e.confirm.text, 300, `${at} confirm text`);
            text(e.confirm.confirm, 30, `${at} confirm button`);
            text(e.confirm.deny, 30, `${at} deny button`);
          }
        }
        break;
      }
      case "header":
        text((block as types.HeaderBlock).text, 150, at);
        break;
    }
  });
  check(new Set(actionIds).size === actionIds.length, `duplicate action_id in ${actionIds.join(", ")}`);
  return problems;
}
