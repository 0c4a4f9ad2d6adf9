import { useState } from "react";
import { Button, Caption1, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { formatString, type Strings } from "../strings";

/** Props of `DocxCheck`. `probe` builds a sample .docx and resolves to its size in bytes. */
export interface DocxCheckProps {
  readonly strings: Strings;
  readonly probe: () => Promise<number>;
}

type CheckState =
  | { readonly phase: "idle" }
  | { readonly phase: "loading" }
  | { readonly phase: "ok"; readonly bytes: number }
  | { readonly phase: "failed"; readonly error: string };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalS },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

/** A button that loads the lazy docx chunk and reports whether a .docx can be built here. */
export function DocxCheck({ strings, probe }: DocxCheckProps) {
  const styles = useStyles();
  const [state, setState] = useState<CheckState>({ phase: "idle" });

  const run = () => {
    setState({ phase: "loading" });
    probe().then(
      (bytes) => setState({ phase: "ok", bytes }),
      (error: unknown) => setState({ phase: "failed", error: error instanceof Error ? error.message : String(error) }),
    );
  };

  return (
    <div className={styles.root}>
      <Button appearance="secondary" onClick={run} disabled={state.phase === "loading"}>
        {strings.docxCheckButton}
      </Button>
      {state.phase === "loading" && <Spinner size="tiny" label={strings.docxCheckLoading} />}
      {state.phase === "ok" && (
        <Caption1 className={styles.ok} role="status">
          {formatString(strings.docxCheckOk, { size: (state.bytes / 1024).toFixed(1) })}
        </Caption1>
      )}
      {state.phase === "failed" && (
        <Caption1 className={styles.failed} role="alert">
          {formatString(strings.docxCheckFailed, { error: state.error })}
        </Caption1>
      )}
    </div>
  );
}
