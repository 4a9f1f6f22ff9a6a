// Placeholder entry so the bundle builds; the client comes next.
export function activate(): void {}
export function deactivate(): void {}
