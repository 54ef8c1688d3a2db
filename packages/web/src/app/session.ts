// Bridge between the Apollo error link (outside React) and the router: UNAUTHENTICATED anywhere → /login.
type Handler = () => void;
let onUnauthenticated: Handler = () => {
  if (window.location.pathname !== '/login') window.location.assign('/login');
};

export function setUnauthenticatedHandler(handler: Handler): void {
  onUnauthenticated = handler;
}

export function notifyUnauthenticated(): void {
  onUnauthenticated();
}
