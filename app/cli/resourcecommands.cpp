// spaces, labels, label-groups, doorways: the organisation's structure and its tags.
#include "clicommands.h"
#include "clitext.h"
#include "invocation.h"

namespace Density::Cli {
namespace {

void listSpaces(Invocation &call) {
    call.client().spaces(call.context(), call.deliver<QList<Space>>());
}

void updateSpace(Invocation &call) {
    SpaceUpdate update;
    bool any = false;
    const auto text = [&call, &any](const char *option, Nullable<QString> &field) {
        if (call.has(ascii(option))) {
            field = call.value(ascii(option));
            any = true;
        }
    };
    text("name", update.name);
    text("function", update.function);
    text("time-zone", update.timeZone);
    text("address", update.address);
    text("iwms-id", update.iwmsId);
    if (call.has(ascii("capacity"))) {
        const std::optional<qint64> capacity = call.integer(ascii("capacity"), 0, 1000000);
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
    SpaceLabelsChange change{call.list(ascii("add")), call.list(ascii("create")),
                             call.list(ascii("delete"))};
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
    const QString name = call.value(ascii("name")).trimmed();
    const QString group = call.value(ascii("group")).trimmed();
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
    call.client().updateLabelGroup(call.argument(0), call.value(ascii("name")), call.context(),
                                   call.deliver<LabelGroup>());
}

void listDoorways(Invocation &call) {
    call.client().doorways(call.context(), call.deliver<QList<Doorway>>());
}

} // namespace

QList<CommandSpec> resourceCommands() {
    using Auth = CommandSpec::Auth;
    const QStringList id{ascii("ID")};
    const QStringList name{ascii("NAME")};
    return {
        {{ascii("spaces"), ascii("list")},
         {},
         Text::tr("List every space of the organisation (campuses, buildings, floors, spaces)."),
         {},
         Auth::Bearer,
         listSpaces},
        {{ascii("spaces"), ascii("update")},
         id,
         Text::tr("Change attributes of a space; only the options given are sent."),
         {{ascii("name"), ascii("NAME"), Text::tr("new name")},
          {ascii("capacity"), ascii("N"), Text::tr("capacity (people)")},
          {ascii("function"), ascii("FUNCTION"), Text::tr("function, e.g. meeting_room")},
          {ascii("time-zone"), ascii("ZONE"), Text::tr("IANA time zone, e.g. Europe/Paris")},
          {ascii("address"), ascii("TEXT"), Text::tr("street address")},
          {ascii("iwms-id"), ascii("ID"), Text::tr("id in your IWMS")}},
         Auth::Bearer,
         updateSpace},
        {{ascii("spaces"), ascii("labels")},
         id,
         Text::tr("Attach, create and detach labels of a space in one call; prints the space's "
                  "labels afterwards."),
         {{ascii("add"), ascii("ID,ID"), Text::tr("existing label ids to attach")},
          {ascii("create"), ascii("NAME,NAME"), Text::tr("new label names to create and attach")},
          {ascii("delete"), ascii("ID,ID"), Text::tr("label ids to detach")}},
         Auth::Bearer,
         changeSpaceLabels},
        {{ascii("labels"), ascii("list")},
         {},
         Text::tr("List labels."),
         {},
         Auth::Bearer,
         listLabels},
        {{ascii("labels"), ascii("create")},
         name,
         Text::tr("Create a label attached to no space."),
         {},
         Auth::Bearer,
         createLabel},
        {{ascii("labels"), ascii("update")},
         id,
         Text::tr("Rename a label and/or move it to a label group."),
         {{ascii("name"), ascii("NAME"), Text::tr("new name")},
          {ascii("group"), ascii("GROUP_ID"), Text::tr("label group id")}},
         Auth::Bearer,
         updateLabel},
        {{ascii("label-groups"), ascii("list")},
         {},
         Text::tr("List label groups with their labels."),
         {},
         Auth::Bearer,
         listLabelGroups},
        {{ascii("label-groups"), ascii("create")},
         name,
         Text::tr("Create an empty label group."),
         {},
         Auth::Bearer,
         createLabelGroup},
        {{ascii("label-groups"), ascii("update")},
         id,
         Text::tr("Rename a label group."),
         {{ascii("name"), ascii("NAME"), Text::tr("new name"), true}},
         Auth::Bearer,
         updateLabelGroup},
        {{ascii("doorways"), ascii("list")},
         {},
         Text::tr("List doorways (entry points watched by Entry sensors)."),
         {},
         Auth::Bearer,
         listDoorways},
    };
}

} // namespace Density::Cli
