import { useId, type ComponentProps, type ReactNode } from "react";

/*
 * Thin React components over the NL Design System (Utrecht) CSS components, so pages use
 * names and not class strings. They render plain HTML elements: forms work without JavaScript.
 */

const cx = (...classes: (string | false | null | undefined)[]) => classes.filter(Boolean).join(" ");

export function Heading({ level, children, id }: { level: 1 | 2 | 3; children: ReactNode; id?: string }) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={`utrecht-heading-${level}`}>
      {children}
    </Tag>
  );
}

export function Paragraph({ children, lead, muted }: { children: ReactNode; lead?: boolean; muted?: boolean }) {
  return <p className={cx("utrecht-paragraph", lead && "utrecht-paragraph--lead", muted && "jr-muted")}>{children}</p>;
}

type ButtonProps = ComponentProps<"button"> & { appearance?: "primary" | "secondary" | "subtle" };
export function Button({ appearance = "primary", className, type = "submit", ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      className={cx("utrecht-button", `utrecht-button--${appearance === "subtle" ? "subtle" : `${appearance}-action`}`, className)}
      {...rest}
    />
  );
}

export function Alert({ type, children }: { type: "info" | "ok" | "warning" | "error"; children: ReactNode }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`} role={type === "error" ? "alert" : "status"}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

export function FormField({
  label,
  htmlFor,
  error,
  description,
  children,
}: {
  label: string;
  htmlFor: string;
  error?: string | undefined;
  description?: string;
  children: ReactNode;
}) {
  return (
    <div className={cx("utrecht-form-field", error && "utrecht-form-field--invalid")}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={htmlFor}>
          {label}
        </label>
      </div>
      {description && (
        <div className="utrecht-form-field-description" id={`${htmlFor}-description`}>
          {description}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field-error-message" id={`${htmlFor}-error`}>
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

export function Textbox({ invalid, className, ...rest }: ComponentProps<"input"> & { invalid?: boolean }) {
  return (
    <input
      className={cx("utrecht-textbox", "utrecht-textbox--html-input", invalid && "utrecht-textbox--invalid", className)}
      aria-invalid={invalid || undefined}
      {...rest}
    />
  );
}

export function Select({ className, ...rest }: ComponentProps<"select">) {
  return <select className={cx("utrecht-select", "utrecht-select--html-select", className)} {...rest} />;
}

/**
 * A wide table's scrolling box: it takes keyboard focus so it can be scrolled without a mouse
 * (WCAG 2.1.1), and is a region named after its table.
 */
export function ScrollArea({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="jr-table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

/** A table in a ScrollArea named by its caption. */
export function Table({ caption, children }: { caption?: ReactNode; children: ReactNode }) {
  const captionId = useId();
  return (
    <div className="jr-table-wrap" tabIndex={0} role={caption ? "region" : undefined} aria-labelledby={caption ? captionId : undefined}>
      <table className="utrecht-table utrecht-table--html-table">
        {caption && (
          <caption id={captionId} className="utrecht-table__caption">
            {caption}
          </caption>
        )}
        {children}
      </table>
    </div>
  );
}

export function TableHead({ columns }: { columns: ReactNode[] }) {
  return (
    <thead className="utrecht-table__header">
      <tr className="utrecht-table__row">
        {columns.map((column, i) => (
          <th key={i} scope="col" className="utrecht-table__header-cell">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function TableBody({ children }: { children: ReactNode }) {
  return <tbody className="utrecht-table__body">{children}</tbody>;
}

export function Row({ children }: { children: ReactNode }) {
  return <tr className="utrecht-table__row">{children}</tr>;
}

export function Cell({ children, numeric }: { children: ReactNode; numeric?: boolean }) {
  return <td className={cx("utrecht-table__cell", numeric && "utrecht-table__cell--numeric")}>{children}</td>;
}

export function Badge({ children }: { children: ReactNode }) {
  return <span className="utrecht-data-badge">{children}</span>;
}

export function StatCard({ value, label }: { value: ReactNode; label: ReactNode }) {
  return (
    <div className="jr-card">
      <div className="jr-card__value">{value}</div>
      <div className="jr-card__label">{label}</div>
    </div>
  );
}

/** A horizontal bar for "how much of the whole" (capacity, use against allocation). */
export function Bar({ value, max, label }: { value: number; max: number; label: string }) {
  const percentage = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div className="jr-bar" role="img" aria-label={label}>
      <div className="jr-bar__track">
        <div className="jr-bar__fill" style={{ inlineSize: `${percentage}%` }} />
      </div>
      <span>{value}</span>
    </div>
  );
}

/** The options of a select, from a list of codes and how to label each. */
export function Options<T extends string>({ values, label }: { values: readonly T[]; label: (value: T) => string }) {
  return (
    <>
      {values.map((value) => (
        <option key={value} value={value}>
          {label(value)}
        </option>
      ))}
    </>
  );
}
