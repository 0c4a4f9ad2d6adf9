import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/** The error bar of a failed pane action: a title and the readable message (see ../errors.ts). */
export function ErrorBar({ title, message }: { readonly title: string; readonly message: string | undefined }) {
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
