-- A recurring invoice that paused itself after repeated failures shows it in its customer's list; null while active.
ALTER TABLE recurring_invoice_list ADD COLUMN paused_reason text NULL;
