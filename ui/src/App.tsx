import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { ApiError } from './api/http';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RequireUser } from './auth/RequireUser';
import { SignInPage } from './auth/SignInPage';
import { ToastProvider } from './components/Toast';
import { ApplyPage } from './features/apply/ApplyPage';
import { PresetsPage } from './features/presets/PresetsPage';
import { QualityPage } from './features/quality/QualityPage';
import { JobPage } from './features/runs/JobPage';
import { RunsPage } from './features/runs/RunsPage';
import { TemplatesPage } from './features/templates/TemplatesPage';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (4xx) will not change on retry; a dropped connection might.
      retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

/**
 * The pages; the server sends index.html for each of these paths (dev.setpoint.server.web), and
 * with status 404 for any other path a browser asks for, which NotFoundPage answers.
 */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/login" element={<SignInPage />} />
            <Route element={<RequireUser><Layout /></RequireUser>}>
              <Route path="/" element={<Navigate to="/presets" replace />} />
              <Route path="/presets" element={<PresetsPage />} />
              <Route path="/quality" element={<QualityPage />} />
              <Route path="/apply" element={<ApplyPage />} />
              <Route path="/runs" element={<RunsPage />} />
              <Route path="/runs/:id" element={<JobPage />} />
              <Route path="/templates" element={<TemplatesPage />} />
              <Route path="/templates/:ref" element={<TemplatesPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </ToastProvider>
    </QueryClientProvider>
  );
}
