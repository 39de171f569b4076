// An analysis worker that cannot start, as when its code fails to load.
throw new Error('this worker does not start');
