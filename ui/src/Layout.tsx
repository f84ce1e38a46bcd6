import { NavLink, Outlet } from 'react-router-dom';
import { UserMenu } from './auth/UserMenu';

const PAGES = [
  { to: '/presets', label: 'Presets' },
  { to: '/quality', label: 'Quality' },
  { to: '/apply', label: 'Apply' },
  { to: '/runs', label: 'Runs' },
  { to: '/compare', label: 'Compare' },
  { to: '/batches', label: 'Batches' },
  { to: '/studies', label: 'Studies' },
  { to: '/templates', label: 'Templates' },
];

export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="topbar">
        <span className="brand">Setpoint</span>
        <nav aria-label="Pages">
          {PAGES.map((page) => (
            <NavLink key={page.to} to={page.to}>
              {page.label}
            </NavLink>
          ))}
        </nav>
        <UserMenu />
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
