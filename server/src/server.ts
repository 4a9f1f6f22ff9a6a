// Placeholder entry so the bundle builds; the language server comes next.
export {};
