/**
 * A reader that stops reading (`breachline timeline a.json | head -1`) closes the pipe: the rest of the output has
 * nowhere to go, which is not an error to report: stop with the exit code so far. Any other write error still
 * surfaces.
 */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WritableStream, exit: () => void): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') exit();
    else throw error;
  });
}
