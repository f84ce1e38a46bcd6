import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Notify = (message: string) => void;

const ToastContext = createContext<Notify>(() => {});

/** Short confirmations ("Imported 2 presets") read out by screen readers, gone after a few seconds. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<{ id: number; text: string }[]>([]);
  const notify = useCallback<Notify>((text) => {
    const id = Date.now() + Math.random();
    setMessages((all) => [...all, { id, text }]);
    setTimeout(() => setMessages((all) => all.filter((m) => m.id !== id)), 5000);
  }, []);
  return (
    <ToastContext.Provider value={notify}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {messages.map((m) => (
          <p key={m.id} className="toast">
            {m.text}
          </p>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): Notify {
  return useContext(ToastContext);
}
