// spaces, labels, label-groups, doorways: the organisation's structure and its tags.
#include "clicommands.h"
#include "clitext.h"
#include "invocation.h"

namespace Density::Cli {
namespace {

QString s(const char *text) {
    return QString::fromLatin1(text);
}

void listSpaces(Invocation &call) {
    call.client().spaces(call.context(), call.deliver<QList<Space>>());
}

void updateSpace(Invocation &call) {
    SpaceUpdate update;
    bool any = false;
    const auto text = [&call, &any](const char *option, Nullable<QString> &field) {
        if (call.has(s(option))) {
            field = call.value(s(option));
            any = true;
        }
    };
    text("name", update.name);
    text("function", update.function);
    text("time-zone", update.timeZone);
    text("address", update.address);
    text("iwms-id", update.iwmsId);
    if (call.has(s("capacity"))) {
        const std::optional<qint64> capacity = call.integer(s("capacity"), 0, 1000000);
        if (!capacity)
            return;
        update.capacity = *capacity;
        any = true;
    }
    if (!any) {
        call.usageError(Text::tr("Nothing to update: give at least one of --name, --capacity, "
                                 "--function, --time-zone, --address, --iwms-id."));
        return;
    }
    if (update.name.hasValue() && update.name.value().trimmed().isEmpty()) {
        call.usageError(Text::tr("--name cannot be empty."));
        return;
    }
    call.client().updateSpace(call.argument(0), update, call.context(), call.deliver<Space>());
}

void changeSpaceLabels(Invocation &call) {
    SpaceLabelsChange change{call.list(s("add")), call.list(s("create")), call.list(s("delete"))};
    if (change.isEmpty()) {
        call.usageError(Text::tr("Give label ids to --add or --delete, or names to --create."));
        return;
    }
    call.client().updateSpaceLabels(call.argument(0), change, call.context(),
                                    call.deliver<QList<Label>>());
}

void listLabels(Invocation &call) {
    call.client().labels(call.context(), call.deliver<QList<Label>>());
}

//! Positional names must say something: the API would store an empty label happily.
bool checkName(Invocation &call, const QString &name) {
    if (!name.trimmed().isEmpty())
        return true;
    call.usageError(Text::tr("The name cannot be empty."));
    return false;
}

void createLabel(Invocation &call) {
    if (checkName(call, call.argument(0)))
        call.client().createLabel(call.argument(0), call.context(), call.deliver<Label>());
}

void updateLabel(Invocation &call) {
    const QString name = call.value(s("name")).trimmed();
    const QString group = call.value(s("group")).trimmed();
    // The client treats an empty value as "leave unchanged", so an empty option would
    // silently do nothing.
    if (name.isEmpty() && group.isEmpty()) {
        call.usageError(Text::tr("Nothing to update: give --name and/or --group."));
        return;
    }
    call.client().updateLabel(call.argument(0), name, group, call.context(), call.deliver<Label>());
}

void listLabelGroups(Invocation &call) {
    call.client().labelGroups(call.context(), call.deliver<QList<LabelGroup>>());
}

void createLabelGroup(Invocation &call) {
    if (checkName(call, call.argument(0)))
        call.client().createLabelGroup(call.argument(0), call.context(),
                                       call.deliver<LabelGroup>());
}

void updateLabelGroup(Invocation &call) {
    call.client().updateLabelGroup(call.argument(0), call.value(s("name")), call.context(),
                                   call.deliver<LabelGroup>());
}

void listDoorways(Invocation &call) {
    call.client().doorways(call.context(), call.deliver<QList<Doorway>>());
}

} // namespace

QList<CommandSpec> resourceCommands() {
    using Auth = CommandSpec::Auth;
    const QStringList id{s("ID")};
    const QStringList name{s("NAME")};
    return {
        {{s("spaces"), s("list")},
         {},
         Text::tr("List every space of the organisation (campuses, buildings, floors, spaces)."),
         {},
         Auth::Bearer,
         listSpaces},
        {{s("spaces"), s("update")},
         id,
         Text::tr("Change attributes of a space; only the options given are sent."),
         {{s("name"), s("NAME"), Text::tr("new name")},
          {s("capacity"), s("N"), Text::tr("capacity (people)")},
          {s("function"), s("FUNCTION"), Text::tr("function, e.g. meeting_room")},
          {s("time-zone"), s("ZONE"), Text::tr("IANA time zone, e.g. Europe/Paris")},
          {s("address"), s("TEXT"), Text::tr("street address")},
          {s("iwms-id"), s("ID"), Text::tr("id in your IWMS")}},
         Auth::Bearer,
         updateSpace},
        {{s("spaces"), s("labels")},
         id,
         Text::tr("Attach, create and detach labels of a space in one call; prints the space's "
                  "labels afterwards."),
         {{s("add"), s("ID,ID"), Text::tr("existing label ids to attach")},
          {s("create"), s("NAME,NAME"), Text::tr("new label names to create and attach")},
          {s("delete"), s("ID,ID"), Text::tr("label ids to detach")}},
         Auth::Bearer,
         changeSpaceLabels},
        {{s("labels"), s("list")}, {}, Text::tr("List labels."), {}, Auth::Bearer, listLabels},
        {{s("labels"), s("create")},
         name,
         Text::tr("Create a label attached to no space."),
         {},
         Auth::Bearer,
         createLabel},
        {{s("labels"), s("update")},
         id,
         Text::tr("Rename a label and/or move it to a label group."),
         {{s("name"), s("NAME"), Text::tr("new name")},
          {s("group"), s("GROUP_ID"), Text::tr("label group id")}},
         Auth::Bearer,
         updateLabel},
        {{s("label-groups"), s("list")},
         {},
         Text::tr("List label groups with their labels."),
         {},
         Auth::Bearer,
         listLabelGroups},
        {{s("label-groups"), s("create")},
         name,
         Text::tr("Create an empty label group."),
         {},
         Auth::Bearer,
         createLabelGroup},
        {{s("label-groups"), s("update")},
         id,
         Text::tr("Rename a label group."),
         {{s("name"), s("NAME"), Text::tr("new name"), true}},
         Auth::Bearer,
         updateLabelGroup},
        {{s("doorways"), s("list")},
         {},
         Text::tr("List doorways (entry points watched by Entry sensors)."),
         {},
         Auth::Bearer,
         listDoorways},
    };
}

} // namespace Density::Cli
