import { lazy, Suspense } from 'react';
import type { ServiceDto } from '@cs/contracts';
import type { ServiceOperation } from '../services.utils.ts';
import { RescheduleServiceDialog } from './RescheduleServiceDialog.tsx';
import { ServiceOperationDialog } from './ServiceOperationDialog.tsx';

// The Update dialog reads the application's template with the compose engine: loaded when opened.
const UpdateServiceDialog = lazy(async () => ({
  default: (await import('./UpdateServiceDialog.tsx')).UpdateServiceDialog,
}));

interface ServiceDialogsProps {
  operation: ServiceOperation | undefined;
  service: ServiceDto | undefined;
  onClose: () => void;
  onDeleted?: () => void;
}

/** The dialog of the operation chosen in a service's Action column (or the details page). */
export function ServiceDialogs({ operation, service, onClose, onDeleted }: ServiceDialogsProps) {
  if (!operation || !service) return null;
  if (operation === 'reschedule') return <RescheduleServiceDialog service={service} onClose={onClose} />;
  if (operation === 'update') {
    return (
      <Suspense fallback={null}>
        <UpdateServiceDialog service={service} onClose={onClose} />
      </Suspense>
    );
  }
  return <ServiceOperationDialog service={service} operation={operation} onClose={onClose} onDeleted={onDeleted} />;
}
