package lab.spectra.model.command;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Copies a command with another meta. Every command is a record whose {@code meta} component is
 * its only non-argument, so one generic copy serves them all and a new command type needs nothing.
 */
final class MetaReplacement {

    private MetaReplacement() {}

    @SuppressWarnings("unchecked")
    static <C extends Command> C copy(C command, CommandMeta meta) {
        Class<?> type = command.getClass();
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new IllegalStateException(type.getName() + " is not a record; commands must be records");
        }
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals("meta")
                        ? meta
                        : components[i].getAccessor().invoke(command);
            }
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return (C) canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Copying " + type.getSimpleName() + " failed: " + e.getCause(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Copying " + type.getSimpleName() + " failed", e);
        }
    }
}
