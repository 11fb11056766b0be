export const CARD_CSS: string;
export function escapeHtml(text: unknown): string;
export function cardBody(texts: { title: string; href: string; agency: string; description: string }): string;
