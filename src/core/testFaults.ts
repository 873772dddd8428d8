/** The name of a training worker started with `?test-faults=1`: only such a worker obeys test faults. */
export const TEST_FAULTS_WORKER_NAME = 'training-test-faults';
