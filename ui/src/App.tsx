import { MutationCache, QueryCache, QueryClient, QueryClientProvider, type Query } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { ApiError } from './api/http';
import { keys } from './api/queries';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RequireUser } from './auth/RequireUser';
import { SignInPage } from './auth/SignInPage';
import { ToastProvider } from './components/Toast';
import { ApplyPage } from './features/apply/ApplyPage';
import { BatchPage } from './features/batches/BatchPage';
import { BatchesPage } from './features/batches/BatchesPage';
import { ComparePage } from './features/compare/ComparePage';
import { StartComparePage } from './features/compare/StartComparePage';
import { PresetDetailPage } from './features/presets/PresetDetailPage';
import { PresetsPage } from './features/presets/PresetsPage';
import { QualityPage } from './features/quality/QualityPage';
import { JobPage } from './features/runs/JobPage';
import { RunsPage } from './features/runs/RunsPage';
import { NewStudyPage } from './features/studies/NewStudyPage';
import { StudiesPage } from './features/studies/StudiesPage';
import { StudyPage } from './features/studies/StudyPage';
import { TemplatesPage } from './features/templates/TemplatesPage';

/**
 * A 401 from any call means the session has ended (it expired, the server restarted, the cookies
 * were cleared): ask again who is signed in, so that RequireUser sends the page to sign in, and back.
 */
function signedOutCheck(error: Error, query?: Query<unknown, unknown, unknown>) {
  if (error instanceof ApiError && error.status === 401 && query?.queryKey[0] !== keys.me[0]) {
    void queryClient.invalidateQueries({ queryKey: keys.me });
  }
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => signedOutCheck(error, query) }),
  mutationCache: new MutationCache({ onError: (error) => signedOutCheck(error) }),
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
              <Route path="/presets/:id" element={<PresetDetailPage />} />
              <Route path="/quality" element={<QualityPage />} />
              <Route path="/apply" element={<ApplyPage />} />
              <Route path="/runs" element={<RunsPage />} />
              <Route path="/runs/:id" element={<JobPage />} />
              <Route path="/compare" element={<StartComparePage />} />
              <Route path="/compare/:id" element={<ComparePage />} />
              <Route path="/batches" element={<BatchesPage />} />
              <Route path="/batches/:id" element={<BatchPage />} />
              <Route path="/studies" element={<StudiesPage />} />
              <Route path="/studies/new" element={<NewStudyPage />} />
              <Route path="/studies/:id" element={<StudyPage />} />
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
