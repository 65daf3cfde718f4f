# bash completion for vigil, Vigil's command line

_vigil_task_ids()
{
    # The tasks of the running Vigil, if one answers; nothing otherwise.
    vigil list 2>/dev/null | awk 'NR > 1 { print $1 }'
}

_vigil()
{
    local cur prev words cword
    _init_completion || return

    local commands="run serve list add show pause resume retry-now switch-model cancel set-key remove-key"
    if [[ $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$commands --version --help" -- "$cur"))
        return
    fi

    case $prev in
        --db|--store|--settings)
            _filedir
            return
            ;;
        --events)
            _filedir
            COMPREPLY+=($(compgen -W "-" -- "$cur"))
            return
            ;;
        --socket)
            _filedir sock
            return
            ;;
        --provider)
            return
            ;;
    esac

    local command=${words[1]}
    if [[ $cur == -* ]]; then
        case $command in
            run) COMPREPLY=($(compgen -W "--db --store --events --settings" -- "$cur")) ;;
            serve) COMPREPLY=($(compgen -W "--db --store --socket --events --settings" -- "$cur")) ;;
            list|show) COMPREPLY=($(compgen -W "--json --socket" -- "$cur")) ;;
            switch-model) COMPREPLY=($(compgen -W "--provider --socket" -- "$cur")) ;;
            add|pause|resume|retry-now|cancel) COMPREPLY=($(compgen -W "--socket" -- "$cur")) ;;
        esac
        return
    fi

    case $command in
        run|serve|add)
            _filedir json
            ;;
        show|pause|resume|retry-now|cancel)
            [[ $cword -eq 2 ]] && COMPREPLY=($(compgen -W "$(_vigil_task_ids)" -- "$cur"))
            ;;
        switch-model)
            [[ $cword -eq 2 ]] && COMPREPLY=($(compgen -W "$(_vigil_task_ids)" -- "$cur"))
            ;;
    esac
} && complete -F _vigil vigil

_vigil_sim()
{
    local cur prev words cword
    _init_completion || return
    case $prev in
        --profile)
            COMPREPLY=($(compgen -W "calm stormy-night outage-then-recovery quota-until-reset tight-rate-limit" -- "$cur"))
            _filedir json
            return
            ;;
        --port)
            return
            ;;
    esac
    COMPREPLY=($(compgen -W "--port --profile --list-profiles --help --version" -- "$cur"))
} && complete -F _vigil_sim vigil-sim

_vigil_desktop()
{
    local cur prev words cword
    _init_completion || return
    case $prev in
        --db|--store|--settings|--socket)
            _filedir
            return
            ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "--db --store --socket --settings --minimized --help --version" -- "$cur"))
        return
    fi
    _filedir json
} && complete -F _vigil_desktop vigil-desktop
